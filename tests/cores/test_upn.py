"""The UPN check letter, validation and demo numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harbour.children.upn import (
    CHECK_ALPHABET,
    UPNError,
    check_letter,
    is_temporary,
    is_valid_upn,
    make_upn,
    validate_upn,
)

DIGITS = "0123456789"


@pytest.mark.parametrize(
    ("body", "letter"),
    [
        # 8x2 + 0x3 + 1x4 + 2x5 + 5x10 + 1x13 = 93 = 4x23 + 1 -> index 1 -> B
        # (the example in python-stdnum's gb.upn, computed by hand here).
        ("801200005001", "B"),
        # 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266 = 11x23 + 13 -> index 13 -> P
        # (A = 0 ... H = 7, J = 8 ... N = 12, P = 13: I and O are skipped.)
        ("207000016049", "P"),
        # Everything zero: sum 0 -> A.
        ("000000000000", "A"),
        # All nines: 9 x (2 + 3 + ... + 13) = 9 x 90 = 810 = 35x23 + 5 -> F.
        ("999999999999", "F"),
        # Temporary UPN ending in A (value 0): 93 - 1x13 = 80 = 3x23 + 11 -> M.
        ("80120000500A", "M"),
        # Ending in Z (value 22): 80 + 22x13 = 366 = 15x23 + 21 -> Y.
        ("80120000500Z", "Y"),
    ],
)
def test_check_letter_matches_hand_worked_examples(body: str, letter: str) -> None:
    assert check_letter(body) == letter
    assert validate_upn(letter + body) == letter + body


def test_the_alphabet_has_23_letters_without_i_o_s() -> None:
    assert len(CHECK_ALPHABET) == 23
    assert set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") - set(CHECK_ALPHABET) == {"I", "O", "S"}


def test_validation_normalises_case_and_spaces() -> None:
    assert validate_upn("  b801 2000 05001 ") == "B801200005001"


def test_wrong_length_says_how_many_characters() -> None:
    with pytest.raises(UPNError, match="13 characters, but this one has 12"):
        validate_upn("B80120000500")


def test_a_letter_in_the_middle_is_named() -> None:
    with pytest.raises(UPNError, match="character 5 is 'O'"):
        validate_upn("B801O00005001")


def test_a_first_character_that_cannot_be_a_check_letter() -> None:
    with pytest.raises(UPNError, match="starts with 'I'"):
        validate_upn("I801200005001")
    with pytest.raises(UPNError, match="starts with '8'"):
        validate_upn("8801200005001")


def test_a_bad_last_character_is_named() -> None:
    with pytest.raises(UPNError, match="Character 13 .* but it is 'O'"):
        validate_upn("B80120000500O")


def test_wrong_check_letter_says_which_letter_it_should_be() -> None:
    with pytest.raises(UPNError) as caught:
        validate_upn("A801200005001")
    assert str(caught.value) == (
        "The first letter should be B for this number, not A; check it was copied correctly."
    )
    assert isinstance(caught.value, ValueError)
    assert not is_valid_upn("A801200005001")


def test_temporary_upns_end_in_a_letter() -> None:
    assert is_temporary("M80120000500A")
    assert not is_temporary("B801200005001")


def test_the_one_change_the_scheme_cannot_catch() -> None:
    # Final digit 1 and final letter B have the same value, so both check letters are B.
    assert validate_upn("B801200005001") and validate_upn("B80120000500B")


def test_make_upn_lays_out_the_parts() -> None:
    upn = make_upn(801, 2000, 2005, 1)
    assert upn == "B801200005001"
    assert make_upn(801, 2000, 5, 0, temporary_letter="a") == "M80120000500A"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"la_code": 1000, "estab": 1, "year": 24, "serial": 1},
        {"la_code": 1, "estab": 10000, "year": 24, "serial": 1},
        {"la_code": 1, "estab": 1, "year": 150, "serial": 1},
        {"la_code": 1, "estab": 1, "year": 24, "serial": 1000},
        {"la_code": 1, "estab": 1, "year": 24, "serial": 100, "temporary_letter": "A"},
        {"la_code": 1, "estab": 1, "year": 24, "serial": 1, "temporary_letter": "O"},
    ],
)
def test_make_upn_refuses_parts_that_do_not_fit(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        make_upn(**kwargs)  # type: ignore[arg-type]


upn_parts = st.tuples(
    st.integers(0, 999),
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 999),
    st.none() | st.sampled_from(CHECK_ALPHABET),
)


@given(upn_parts)
def test_make_upn_always_validates(parts: tuple[int, int, int, int, str | None]) -> None:
    la, estab, year, serial, letter = parts
    if letter is not None:
        serial %= 100
    upn = make_upn(la, estab, year, serial, temporary_letter=letter)
    assert validate_upn(upn) == upn
    assert is_temporary(upn) == (letter is not None)


@given(upn_parts, st.integers(0, 12), st.data())
def test_changing_any_one_character_is_detected(
    parts: tuple[int, int, int, int, str | None], position: int, data: st.DataObject
) -> None:
    la, estab, year, serial, letter = parts
    if letter is not None:
        serial %= 100
    upn = make_upn(la, estab, year, serial, temporary_letter=letter)
    original = upn[position]
    # Any printable replacement: digits, letters (including I, O, S), punctuation.
    replacement = data.draw(
        st.characters(min_codepoint=33, max_codepoint=126).filter(lambda c: c.upper() != original)
    )
    changed = upn[:position] + replacement + upn[position + 1 :]
    if position == 12:
        # The scheme's blind spot (see the module docstring): digit d <-> letter with index d.
        values = {c: i for i, c in enumerate(CHECK_ALPHABET)} | {d: int(d) for d in DIGITS}
        new = replacement.upper()
        if new in values and values[new] == values[original]:
            assert is_valid_upn(changed)
            return
    assert not is_valid_upn(changed)
