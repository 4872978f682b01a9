"""scripts/ensure-system-packages: what PDFs and the browser tests need outside Python.

The script runs against stand-ins for dpkg-query, apt-get, apt-cache and id on a PATH of
their own, so each case (everything there, root, not root, no Debian) is played out without
touching the machine. Each stand-in notes its arguments in a log.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "ensure-system-packages"
PDF = ["libpango-1.0-0", "libpangoft2-1.0-0", "fonts-dejavu-core"]
HARFBUZZ_SUBSET = "libharfbuzz-subset0"
EVERYTHING = [*PDF, HARFBUZZ_SUBSET, "chromium"]

STUBS = {
    "dpkg-query": """
package="${@: -1}"
for p in $INSTALLED; do
  if [ "$p" = "$package" ]; then printf 'install ok installed'; exit 0; fi
done
echo "dpkg-query: no packages found matching $package" >&2
exit 1
""",
    "apt-cache": """
for p in $AVAILABLE; do [ "$p" = "$2" ] && exit 0; done
exit 100
""",
    "apt-get": 'exit "${APT_GET_RC:-0}"',
    "id": 'echo "$FAKE_UID"',
    "python3": 'exit "${PROBE_RC:-0}"',
}


def run(
    tmp_path: Path,
    *purposes: str,
    installed: list[str],
    available: list[str] = EVERYTHING,
    uid: int = 0,
    chromium: bool = True,
    debian: bool = True,
    env: dict[str, str] | None = None,
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "log"
    log.unlink(missing_ok=True)
    for name, body in STUBS.items():
        if name == "dpkg-query" and not debian:
            continue
        stub = bin_dir / name
        # One log line a call, whatever newlines the arguments hold.
        stub.write_text(
            f'#!/bin/bash\nargs="$*"\necho "{name} ${{args//$\'\\n\'/ }}" >> "$LOG"\n{body}\n'
        )
        stub.chmod(0o755)
    browser = tmp_path / "chromium"
    browser.write_text("")
    browser.chmod(0o755 if chromium else 0o644)
    result = subprocess.run(
        [shutil.which("bash") or "/bin/bash", str(SCRIPT), *purposes],
        env={
            "PATH": str(bin_dir),
            "LOG": str(log),
            "INSTALLED": " ".join(installed),
            "AVAILABLE": " ".join(available),
            "FAKE_UID": str(uid),
            "HARBOUR_CHROMIUM": str(browser),
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return result, calls


def installs(calls: list[str]) -> list[str]:
    """The packages passed to `apt-get install`."""
    found = [c.split()[1:] for c in calls if c.startswith("apt-get install")]
    return (
        [word for args in found for word in args if not word.startswith("-")][1:] if found else []
    )


def test_with_everything_installed_it_does_nothing_and_says_nothing(tmp_path) -> None:
    result, calls = run(tmp_path, "pdf", "browser", installed=EVERYTHING)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert {call.split()[0] for call in calls} == {"dpkg-query"}


def test_as_root_it_installs_the_missing_pdf_packages(tmp_path) -> None:
    result, calls = run(tmp_path, "pdf", installed=["fonts-dejavu-core"])
    assert result.returncode == 0, result.stderr
    assert calls.index("apt-get update -qq") < next(
        i for i, c in enumerate(calls) if c.startswith("apt-get install")
    ), "the package lists are refreshed first"
    assert sorted(installs(calls)) == sorted(
        ["libpango-1.0-0", "libpangoft2-1.0-0", HARFBUZZ_SUBSET]
    )
    assert "--no-install-recommends" in next(c for c in calls if c.startswith("apt-get install"))


def test_harfbuzz_subset_is_left_out_where_the_release_has_no_such_package(tmp_path) -> None:
    result, calls = run(tmp_path, "pdf", installed=["fonts-dejavu-core"], available=PDF)
    assert result.returncode == 0
    assert sorted(installs(calls)) == ["libpango-1.0-0", "libpangoft2-1.0-0"]
    # ...and when it is the only thing missing, nothing is installed or said.
    result, calls = run(tmp_path, "pdf", installed=[*PDF, "chromium"], available=PDF)
    assert (result.returncode, result.stderr) == (0, "")
    assert not [c for c in calls if c.startswith("apt-get")]


def test_pdf_alone_does_not_install_chromium(tmp_path) -> None:
    result, calls = run(tmp_path, "pdf", installed=[*PDF, HARFBUZZ_SUBSET], chromium=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert not [c for c in calls if c.startswith("apt-get")]
    result, calls = run(
        tmp_path, "pdf", "browser", installed=[*PDF, HARFBUZZ_SUBSET], chromium=False
    )
    assert result.returncode == 0
    assert "chromium" in installs(calls)


def test_without_root_it_says_what_to_install_and_carries_on(tmp_path) -> None:
    result, calls = run(
        tmp_path, "pdf", "browser", installed=["fonts-dejavu-core"], uid=1000, chromium=False
    )
    assert result.returncode == 0, "make run goes on to serve everything but the PDFs"
    assert not [c for c in calls if c.startswith("apt-get")]
    advice = re.search(r"sudo apt-get install --no-install-recommends (.+)", result.stderr)
    assert advice, result.stderr
    named = advice.group(1).split()
    assert len(named) == len(set(named)), "each package named once"
    assert set(named) == {
        "libpango-1.0-0",
        "libpangoft2-1.0-0",
        HARFBUZZ_SUBSET,
        "chromium",
        "fonts-dejavu-core",
    }
    assert "PDFs" in result.stderr and "browser tests will be skipped" in result.stderr


def test_a_failed_install_is_explained_not_fatal(tmp_path) -> None:
    result, _calls = run(tmp_path, "pdf", installed=[], env={"APT_GET_RC": "100"})
    assert result.returncode == 0
    assert "could not install" in result.stderr
    assert "sudo apt-get install --no-install-recommends libpango-1.0-0" in result.stderr


def test_off_debian_it_looks_for_pango_itself(tmp_path) -> None:
    result, calls = run(tmp_path, "pdf", installed=[], debian=False, env={"PROBE_RC": "1"})
    assert result.returncode == 0
    assert "Pango" in result.stderr and "weasyprint" in result.stderr
    assert [c.split()[0] for c in calls] == ["python3"]
    result, _calls = run(tmp_path, "pdf", installed=[], debian=False, env={"PROBE_RC": "0"})
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.skipif(not ctypes.util.find_library("pango-1.0"), reason="Pango is not installed here")
def test_the_pango_probe_finds_pango_where_it_is_installed(tmp_path) -> None:
    # No dpkg-query on this PATH, so the script asks Python's ctypes, as it would on macOS.
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "python3").symlink_to(sys.executable)
    result = subprocess.run(
        ["/bin/bash", str(SCRIPT), "pdf"],
        env={"PATH": str(tmp_path / "bin")},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_on_this_machine_it_is_quick_when_nothing_is_missing(tmp_path) -> None:
    dpkg_query = shutil.which("dpkg-query")
    if not dpkg_query:
        pytest.skip("not a Debian machine")
    wanted = [*PDF, HARFBUZZ_SUBSET]
    probe = subprocess.run(
        [dpkg_query, "-W", "-f=${Status}\n", *wanted], capture_output=True, text=True, check=False
    )
    if probe.stdout.count("ok installed") != len(wanted):
        pytest.skip("the PDF packages are not all installed here")
    # apt-get and apt-cache stand-ins come first, so nothing can be installed by accident.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("apt-get", "apt-cache"):
        (bin_dir / name).write_text(f'#!/bin/bash\necho "{name} $*" >> "{tmp_path}/log"\n')
        (bin_dir / name).chmod(0o755)
    started = time.monotonic()
    result = subprocess.run(
        ["/bin/bash", str(SCRIPT), "pdf"],
        env={**os.environ, "PATH": f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert (result.returncode, result.stderr) == (0, "")
    assert not (tmp_path / "log").exists(), "apt was not consulted"
    assert elapsed < 3, f"{elapsed:.2f}s when everything is installed"


def test_make_run_and_make_test_use_it() -> None:
    makefile = (ROOT / "Makefile").read_text()
    run_target = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    test_target = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/ensure-system-packages pdf\n" in run_target
    assert "scripts/ensure-system-packages pdf browser\n" in test_target
    assert os.access(SCRIPT, os.X_OK)
