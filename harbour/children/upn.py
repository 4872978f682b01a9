"""The DfE Unique Pupil Number (UPN): check letter, validation, demo numbers.

A UPN has 13 characters (DfE, *Unique Pupil Numbers (UPNs): a guide for
schools and local authorities*, and the government data standard for UPNs):

====  ==========================================================
 1    check letter, computed from characters 2-13
 2-4  local authority (LA) number
 5-8  establishment number of the school that allocated it
 9-10 last two digits of the year of allocation
11-13 serial number: three digits for a permanent UPN; for a
      *temporary* UPN, two digits and then a letter
====  ==========================================================

Check letter: multiply the value of each of characters 2-13 by its position
(character 2 by 2, ..., character 13 by 13), add the products, and take the
remainder on division by 23. Digits count as their value. A letter in
position 13 (temporary UPN) counts as its index in the check-letter alphabet
below (A = 0, B = 1, ... Z = 22). The remainder indexes the 23-letter alphabet
``ABCDEFGHJKLMNPQRTUVWXYZ``: the 26 letters without I, O and S, which are
never used as a check letter nor as the last letter of a temporary UPN.

Worked example (also a test): ``B801200005001``. Characters 2-13 are
8 0 1 2 0 0 0 0 5 0 0 1, so the sum is 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93,
and 93 = 4 x 23 + 1, remainder 1, check letter ``B``.

What the check letter catches: because 23 is prime and every weight (2-13)
and every change of a character's value (at most 22) is non-zero modulo 23,
changing any *one* character to another of the same kind (digit for digit,
letter for letter) always changes the check letter. One change it cannot
catch, by design of the scheme: a digit in position 13 swapped for the letter
with the same value (``0`` and ``A``, ``1`` and ``B``, ... ``9`` and ``K``), which
turns a permanent UPN into a temporary one with the same check letter.

Not checked here: whether the LA number is a real one. The list of LA numbers
changes when councils merge (for example Northamptonshire in 2021 and Cumbria
in 2023), and the check letter already catches nearly all copying mistakes.
"""

from __future__ import annotations

CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN_LENGTH = 13


class UPNError(ValueError):
    """A UPN that is not valid; the message says, in plain words, what to fix."""


def _value(char: str, position: int) -> int:
    """The value of one of characters 2-13 (``position`` counts from 1)."""
    if char.isdigit() and char.isascii():
        return int(char)
    if position == UPN_LENGTH and char in CHECK_ALPHABET:
        return CHECK_ALPHABET.index(char)
    raise UPNError(
        f"Character {position} of a UPN must be a digit"
        + (" or a letter other than I, O and S" if position == UPN_LENGTH else "")
        + f", but it is '{char}'. Check the number was copied correctly."
    )


def check_letter(body12: str) -> str:
    """The check letter for characters 2-13 of a UPN (the 12 characters after it)."""
    body = body12.strip().upper()
    if len(body) != UPN_LENGTH - 1:
        raise UPNError(
            f"The check letter is worked out from the 12 characters after it; "
            f"{len(body)} were given."
        )
    total = sum(_value(char, position) * position for position, char in enumerate(body, start=2))
    return CHECK_ALPHABET[total % 23]


def validate_upn(value: str) -> str:
    """Return the UPN in its normal form (upper case, no spaces) or raise ``UPNError``."""
    upn = "".join(value.split()).upper()
    if len(upn) != UPN_LENGTH:
        raise UPNError(
            f"A UPN has 13 characters, but this one has {len(upn)}. "
            "Check it was copied in full, with nothing added."
        )
    first = upn[0]
    if first not in CHECK_ALPHABET:
        raise UPNError(
            f"A UPN starts with a letter other than I, O and S, but this one starts with "
            f"'{first}'. Check the number was copied correctly."
        )
    for position, char in enumerate(upn[1:12], start=2):
        if not (char.isdigit() and char.isascii()):
            raise UPNError(
                f"Characters 2 to 12 of a UPN are digits, but character {position} is "
                f"'{char}'. Check the number was copied correctly (for example 0 and O)."
            )
    expected = check_letter(upn[1:])
    if first != expected:
        raise UPNError(
            f"The first letter should be {expected} for this number, not {first}; "
            "check it was copied correctly."
        )
    return upn


def is_valid_upn(value: str) -> bool:
    """True when ``validate_upn`` accepts the value."""
    try:
        validate_upn(value)
    except UPNError:
        return False
    return True


def is_temporary(upn: str) -> bool:
    """True for a temporary UPN (13th character a letter); ``UPNError`` if it is not valid."""
    return validate_upn(upn)[-1].isalpha()


def make_upn(
    la_code: int, estab: int, year: int, serial: int, *, temporary_letter: str | None = None
) -> str:
    """Build a valid UPN, for synthetic demo data only.

    ``year`` is the year of allocation, either as two digits or in full (2024 gives
    ``24``). ``serial`` fills characters 11-13 (0-999) for a permanent UPN; with
    ``temporary_letter`` it fills characters 11-12 (0-99) and the letter is the 13th.
    """
    if not 0 <= la_code <= 999:
        raise ValueError("The LA number has three digits (0-999).")
    if not 0 <= estab <= 9999:
        raise ValueError("The establishment number has four digits (0-9999).")
    if not (0 <= year <= 99 or 1900 <= year <= 2099):
        raise ValueError("The year is two digits (0-99) or a full year (1900-2099).")
    if temporary_letter is None:
        if not 0 <= serial <= 999:
            raise ValueError("The serial number of a permanent UPN has three digits (0-999).")
        tail = f"{serial:03d}"
    else:
        letter = temporary_letter.upper()
        if len(letter) != 1 or letter not in CHECK_ALPHABET:
            raise ValueError("A temporary UPN ends with one letter other than I, O and S.")
        if not 0 <= serial <= 99:
            raise ValueError("The serial number of a temporary UPN has two digits (0-99).")
        tail = f"{serial:02d}{letter}"
    body = f"{la_code:03d}{estab:04d}{year % 100:02d}{tail}"
    return check_letter(body) + body
