"""Hostile packs and documents are accepted or refused within a second and 200 MB, with one line and exit 3.

Each probe runs in a child process capped at 1 GB (a regression fails
instead of exhausting the machine) and reports the time and the peak memory
of the load itself. Before the bounds, a 100 KB dotted key of 20,000 parts
cost 1.6 GB, and nesting or a long number gave a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.input_shape import MAX_DEPTH, MAX_KEY_PARTS, ShapeError, check_json_shape, check_toml_shape

MEMORY_CAP = 1 << 30
PROBE = """
import json, resource, sys, time
from pathlib import Path
from readiness.errors import ReadinessError
from readiness.frameworks import load_framework
from readiness.document import parse_document
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    if sys.argv[2] == "pack":
        load_framework(path)
    else:
        parse_document(path.read_text(encoding="utf-8"))
    outcome, code = "accepted", ""
except ReadinessError as exc:
    outcome, code = str(exc), exc.code
seconds = time.perf_counter() - started
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
print(json.dumps({"outcome": outcome, "code": code, "seconds": seconds, "grown": grown}))
"""


def probe(path: Path, kind: str) -> dict:
    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), kind], capture_output=True, text=True, timeout=30, preexec_fn=cap
    )
    assert result.returncode == 0, result.stderr[-400:]
    return json.loads(result.stdout)


PACK_HEAD = 'id = "x"\nversion = "1"\ntitle = "T"\n'
HOSTILE_PACKS = {
    "dotted key of 50,000 parts": "a" + ".a" * 49_999 + " = 1\n",
    "dotted key of 20,000 parts": "a" + ".a" * 19_999 + " = 1\n",
    "quoted dotted key": '"a"' + '."a"' * 19_999 + " = 1\n",
    "table header of 20,000 parts": "[" + "a." * 19_999 + "a]\n",
    "arrays 10,000 deep": "x = " + "[" * 10_000 + "]" * 10_000 + "\n",
    "inline tables 10,000 deep": "x = " + "{a = " * 10_000 + "1" + "}" * 10_000 + "\n",
    "integer of 5,000 digits": "x = " + "1" * 5_000 + "\n",
    "array of 200,000 items": "x = [\n" + "1,\n" * 200_000 + "]\n",
    "300,000 tiny tables": "[[t]]\n" * 300_000,
}


@pytest.mark.skipif(sys.platform == "win32", reason="the probe caps memory with resource")
@pytest.mark.parametrize("attack", HOSTILE_PACKS)
def test_hostile_pack_is_refused_fast_and_small(attack: str, tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_text(PACK_HEAD + HOSTILE_PACKS[attack], encoding="utf-8")
    found = probe(path, "pack")
    assert found["code"] in ("too-complex", "too-large"), found
    assert found["seconds"] < 1.0 and found["grown"] < 200 * 1024 * 1024, found


HOSTILE_JSON = {
    "arrays 10,000 deep": "[" * 10_000 + "]" * 10_000,
    "objects 10,000 deep": '{"a":' * 10_000 + "1" + "}" * 10_000,
    "integer of 5,000 digits": '{"format_version": ' + "1" * 5_000 + "}",
    "NaN": '{"format_version": NaN}',
    "lone surrogate key": '{"\\ud800": 1}',
}


@pytest.mark.skipif(sys.platform == "win32", reason="the probe caps memory with resource")
@pytest.mark.parametrize("attack", HOSTILE_JSON)
@pytest.mark.parametrize("kind", ["pack", "document"])
def test_hostile_json_is_refused_with_a_reason_not_a_traceback(attack: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "input.json"
    path.write_text(HOSTILE_JSON[attack], encoding="utf-8")
    found = probe(path, kind)
    assert found["outcome"] != "accepted" and found["code"] in ("too-complex", "not-json"), found
    assert found["seconds"] < 1.0, found


@pytest.mark.skipif(sys.platform == "win32", reason="the probe caps memory with resource")
def test_a_pack_at_the_size_limit_loads_within_bounds(tmp_path: Path) -> None:
    """Real content repeated up to the limit is accepted (in well under two seconds on a slow shared machine)."""
    from readiness.frameworks import MAX_PACK_BYTES, builtin_dir

    text = (builtin_dir("frameworks") / "usmca-2020.toml").read_text(encoding="utf-8")
    head, _, rest = text.partition("[[areas]]")
    blocks, copy = [], 0
    while len(head) + sum(map(len, blocks)) + len(rest) < MAX_PACK_BYTES - 10_000:
        copy += 1
        blocks.append("[[areas]]" + rest.replace('id = "', f'id = "c{copy}-'))
    path = tmp_path / "big.toml"
    path.write_text(head + "".join(blocks), encoding="utf-8")
    found = probe(path, "pack")
    assert found["outcome"] == "accepted", found
    assert found["seconds"] < 2.0 and found["grown"] < 200 * 1024 * 1024, found


def test_bounds_sit_above_the_builtin_content() -> None:
    from readiness.frameworks import builtin_dir

    for path in [*builtin_dir("frameworks").glob("*.toml"), *builtin_dir("mappings").glob("*.toml")]:
        check_toml_shape(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("a" + ".a" * (MAX_KEY_PARTS - 1) + " = 1", True),
        ("a" + ".a" * MAX_KEY_PARTS + " = 1", False),
        ('x = "' + ".a" * 100 + '"', True),  # dots inside a string are no key
        ("x = '''\n" + "[" * 100 + "\n'''", True),  # brackets inside a string are no nesting
        ("# " + "{" * 100, True),
        ("x = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH, True),
        ("x = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), False),
        ("x = " + "[{a=" * 20 + "1" + "}]" * 20, False),
        ("x = 1.5\ny = 1979-05-27T07:32:00.999-07:00", True),
        ('x = """a""""\ny = [' + "[]," * 3 + "]", True),  # a multi-line string may end in extra quotes
    ],
)
def test_toml_shape_at_its_boundaries(text: str, accepted: bool) -> None:
    if accepted:
        check_toml_shape(text)
    else:
        with pytest.raises(ShapeError):
            check_toml_shape(text)


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("[" * MAX_DEPTH + "]" * MAX_DEPTH, True),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), False),
        ("[" * (MAX_DEPTH + 1), False),  # unbalanced, and still too deep to hand to the parser
        ('["' + "[" * 100 + '"]', True),
        ('["\\"[[[[' + '"]', True),
        ("[" + "1," * 100_000 + "1]", False),
        ("1" * 101, False),
        (json.dumps({"a": "ok", "b": [1.5, -2e10]}), True),
    ],
)
def test_json_shape_at_its_boundaries(text: str, accepted: bool) -> None:
    if accepted:
        check_json_shape(text)
    else:
        with pytest.raises(ShapeError):
            check_json_shape(text)
