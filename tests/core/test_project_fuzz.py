"""load_project on anything: a Project of the right types, or ProjectError with one line. Never an
exception from deeper down (TypeError, RecursionError, ValueError from a NUL in a path ...)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.project import Project, ProjectError, load_project
from studio.core.project_schema import FIELDS

SHORT = settings(max_examples=300, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=20)
_FIELD_VALUES = st.dictionaries(st.sampled_from(sorted(FIELDS)), JSON
                                | st.dictionaries(st.integers(-3, 30).map(str), JSON, max_size=4), max_size=6)


def _check(path: Path) -> None:
    try:
        project = load_project(path)
    except ProjectError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert isinstance(project, Project)
    for name in ("provider",):
        assert isinstance(getattr(project, name), str)
    for name in ("model", "voice"):
        assert getattr(project, name) is None or isinstance(getattr(project, name), str)
    for path_field in (project.srt_path, project.video_path):
        assert path_field is None or isinstance(path_field, Path)
    assert all(isinstance(k, int) and isinstance(v, str) for k, v in project.cue_voices.items())
    assert all(isinstance(k, int) and isinstance(v, float) for k, v in project.cue_speeds.items())
    assert all(isinstance(k, str) and isinstance(v, dict) for k, v in project.voice_settings.items())


@SHORT
@given(fields=_FIELD_VALUES, schema=st.sampled_from([1, 0, 2, True, "1", None]))
def test_any_field_values_load_or_give_one_clear_error(tmp_path, fields, schema):
    path = tmp_path / "p.dubproj"
    path.write_text(json.dumps({"app": "dubbing-studio", "schema": schema, **fields}), encoding="utf-8")
    _check(path)


@SHORT
@given(data=st.binary(max_size=300) | st.text(alphabet='{}[]":,1 a\\', max_size=300).map(str.encode))
def test_any_bytes_load_or_give_one_clear_error(tmp_path, data):
    path = tmp_path / "p.dubproj"
    path.write_bytes(data)
    _check(path)


@SHORT
@given(depth=st.integers(1, 3000), opener=st.sampled_from(["[", "{\"a\":"]))
def test_any_nesting_loads_or_gives_one_clear_error(tmp_path, depth, opener):
    closer = "]" if opener == "[" else "}"
    path = tmp_path / "p.dubproj"
    path.write_text('{"app": "dubbing-studio", "schema": 1, "voice_settings": '
                    + opener * depth + "1" + closer * depth + "}", encoding="utf-8")
    _check(path)
