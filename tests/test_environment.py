"""pyproject.toml, environment.yml and requirements.lock pin the same versions."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from .conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;#]+)")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject_pins() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(data["dependencies"])
    for extra in data["optional-dependencies"].values():
        specs += [s for s in extra if not s.startswith("conflict-news-analysis")]
    pins = {}
    for spec in specs:
        m = PIN.match(spec)
        assert m, f"pyproject dependency {spec!r} is not pinned with =="
        pins[_norm(m.group(1))] = m.group(2)
    return pins


def _lock_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            m = PIN.match(line)
            assert m, f"requirements.lock line {line!r} is not an exact pin"
            pins[_norm(m.group(1))] = m.group(2)
    return pins


def _conda_pins() -> tuple[dict[str, str], list[str]]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    pins, pip = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip = dep["pip"]
            continue
        name, _, version = dep.partition("=")
        pins[_norm(name)] = version
    for spec in pip:
        m = PIN.match(spec)
        if m:
            pins[_norm(m.group(1))] = m.group(2)
    return pins, pip


def test_pyproject_pins_are_in_the_lock_file():
    lock = _lock_pins()
    for name, version in _pyproject_pins().items():
        assert lock.get(name) == version, f"{name}: pyproject {version}, lock {lock.get(name)}"


def test_environment_yml_has_the_same_pins():
    conda, pip = _conda_pins()
    assert conda.pop("python") == "3.11"
    conda.pop("pip")
    pyproject = _pyproject_pins()
    assert conda == pyproject
    assert "-e ." in pip


def test_installed_versions_match_the_lock():
    # The running environment is the one `make` built; a drift means a stale .venv.
    from importlib.metadata import version

    for name, pinned in _pyproject_pins().items():
        assert version(name) == pinned, name


def test_import_is_light():
    # `import analysis` loads none of the heavy libraries it only needs for reports, plots,
    # clusters or sentiment engines; how long the import takes is measured, not asserted, in
    # bench/startup.py (a time bound here failed on a busy machine).
    code = (
        "import sys; import analysis; "
        "print([m for m in ('papermill', 'matplotlib', 'dask', 'nbconvert', 'textblob') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"imported eagerly: {out.stdout}"
