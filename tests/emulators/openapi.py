"""Check HTTP requests (and emulator responses) against the official ElevenLabs OpenAPI document.

The emulator runs every request it receives through `validate_request`, so a client that sends an
output_format outside the enum, a body without `text` or a page_size of "ten" fails its test instead of
passing against a too-kind stand-in. Schemas are checked with jsonschema (OpenAPI 3.1 is JSON Schema
2020-12); `$ref`s are resolved inside the one spec document through a JSON pointer into it, so nested
`#/components/schemas/...` references work wherever they appear.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The official OpenAPI document (api.elevenlabs.io/openapi.json as vendored 2026-08-22; provenance in
# tests/data/elevenlabs/README.md); ELEVENLABS_OPENAPI points at a newer copy to re-check against it.
_DEFAULT_SPEC = Path(__file__).resolve().parents[1] / "data" / "elevenlabs" / "elevenlabs-openapi.json"
SPEC_PATH = Path(os.environ.get("ELEVENLABS_OPENAPI", _DEFAULT_SPEC))
_SPEC_URI = "urn:openapi:spec"
_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
_TRUE = {"true", "1", "yes", "on"}    # what FastAPI accepts for a boolean query value
_FALSE = {"false", "0", "no", "off"}


@dataclass(frozen=True)
class Match:
    method: str
    template: str                 # "/v1/text-to-speech/{voice_id}"
    path_params: dict[str, str]
    pointer: str                  # JSON pointer to the operation object in the spec


@dataclass
class _Route:
    template: str
    regex: re.Pattern[str]
    names: list[str]
    literal_chars: int            # a literal segment beats a template one (/v1/voices/settings)
    methods: set[str] = field(default_factory=set)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _nullable_to_anyof(node: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` -> a JSON Schema that also admits null (3.1 writes anyOf itself)."""
    if isinstance(node, list):
        return [_nullable_to_anyof(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _nullable_to_anyof(value) for key, value in node.items()}
    if node.pop("nullable", False) is True:
        return {"anyOf": [node, {"type": "null"}]}
    return node


class OpenAPIValidator:
    def __init__(self, spec: dict[str, Any]) -> None:
        if str(spec.get("openapi", "")).startswith("3.0"):
            spec = _nullable_to_anyof(spec)
        self.spec = spec
        self._registry = Registry().with_resource(_SPEC_URI, Resource(spec, specification=DRAFT202012))
        self._routes: list[_Route] = []
        for template, ops in spec["paths"].items():
            names = re.findall(r"{([^}]+)}", template)
            pattern = "^" + re.sub(r"\\{[^}]+\\}", "([^/]+)", re.escape(template)) + "/?$"
            literal = len(re.sub(r"{[^}]+}", "", template))
            self._routes.append(_Route(template, re.compile(pattern), names, literal,
                                       {m for m in ops if m in _METHODS}))
        self._routes.sort(key=lambda r: -r.literal_chars)

    # -- matching ------------------------------------------------------------------------------
    def match(self, method: str, path: str) -> Match | None:
        method = method.lower()
        for route in self._routes:
            found = route.regex.match(path)
            if found and method in route.methods:
                params = dict(zip(route.names, found.groups()))
                return Match(method, route.template, params, f"/paths/{_escape(route.template)}/{method}")
        return None

    def operation(self, match: Match) -> dict[str, Any]:
        return self.spec["paths"][match.template][match.method]

    # -- schema checks -------------------------------------------------------------------------
    @functools.lru_cache(maxsize=512)
    def _validator(self, pointer: str) -> Draft202012Validator:
        # A $ref *into* the spec keeps the spec as the base document, so inner "#/components/..." resolve.
        return Draft202012Validator({"$ref": f"{_SPEC_URI}#{quote(pointer, safe='/~')}"},
                                    registry=self._registry)

    def _errors(self, pointer: str, instance: Any, where: str) -> list[str]:
        errors = sorted(self._validator(pointer).iter_errors(instance), key=lambda e: list(e.absolute_path))
        out = []
        for error in errors:
            if error.context:  # anyOf: say which branch came closest ("'x' is not of type 'number'")
                error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
            at = "/".join(str(p) for p in error.absolute_path)
            out.append(f"{where}{'.' + at if at else ''}: {error.message[:200]}")
        return out

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            ref = schema["$ref"]
            assert ref.startswith("#/"), ref
            node: Any = self.spec
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def _types(self, schema: dict[str, Any]) -> set[str]:
        """Every JSON type a (possibly anyOf/$ref) schema admits, to coerce a query string to it."""
        schema = self._resolve(schema)
        types: set[str] = set()
        declared = schema.get("type")
        if isinstance(declared, str):
            types.add(declared)
        elif isinstance(declared, list):
            types.update(declared)
        if "enum" in schema and not declared:
            types.add("string")
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                types |= self._types(sub)
        return types

    def _items_schema(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        schema = self._resolve(schema)
        if "items" in schema:
            return schema["items"]
        for key in ("anyOf", "oneOf"):
            for sub in schema.get(key, []):
                found = self._items_schema(sub)
                if found is not None:
                    return found
        return None

    def _coerce(self, raw: str, schema: dict[str, Any]) -> Any:
        """A query/path string as FastAPI would parse it for this schema; left a string if it cannot."""
        types = self._types(schema)
        if "integer" in types and re.fullmatch(r"[+-]?\d+", raw):
            return int(raw)
        if "number" in types:
            try:
                return float(raw)
            except ValueError:
                pass
        if "boolean" in types and raw.lower() in _TRUE | _FALSE:
            return raw.lower() in _TRUE
        return raw

    def validate_request(self, method: str, path: str, query: list[tuple[str, str]] | None = None,
                         body: bytes | None = None, content_type: str | None = None, *,
                         strict: bool = True) -> list[str]:
        """Everything wrong with this request, as readable lines; [] when the spec accepts it.

        strict also refuses query parameters and top-level body fields the operation does not declare:
        the real API ignores them silently, which is exactly how a typo would cost credits unnoticed.
        """
        found = self.match(method, path)
        if found is None:
            return [f"{method.upper()} {path}: no such operation in the spec"]
        op = self.operation(found)
        problems: list[str] = []
        values: dict[str, list[str]] = {}
        for name, value in query or []:
            values.setdefault(name, []).append(value)
        declared = set()
        for index, param in enumerate(op.get("parameters", [])):
            name, where = param["name"], param["in"]
            pointer = f"{found.pointer}/parameters/{index}/schema"
            schema = param.get("schema", {})
            if where == "path":
                value = self._coerce(found.path_params[name], schema)
                problems += self._errors(pointer, value, f"path {name}")
            elif where == "query":
                declared.add(name)
                raw = values.get(name)
                if raw is None:
                    if param.get("required"):
                        problems.append(f"query {name}: required")
                    continue
                items = self._items_schema(schema) if "array" in self._types(schema) else None
                if items is not None:
                    instance: Any = [self._coerce(v, items) for v in raw]
                elif len(raw) > 1:
                    problems.append(f"query {name}: given {len(raw)} times")
                    continue
                else:
                    instance = self._coerce(raw[0], schema)
                problems += self._errors(pointer, instance, f"query {name}")
        if strict:
            problems += [f"query {name}: not a parameter of this operation" for name in values
                         if name not in declared]
        problems += self._check_body(found, op, body, content_type, strict)
        return problems

    def _check_body(self, found: Match, op: dict[str, Any], body: bytes | None, content_type: str | None,
                    strict: bool) -> list[str]:
        spec_body = op.get("requestBody")
        if spec_body is None:
            return ["body: this operation takes no body"] if body else []
        if not body:
            return ["body: required"] if spec_body.get("required") else []
        media = (content_type or "").split(";")[0].strip().lower()
        if media not in spec_body.get("content", {}):
            return [f"body: content type {media or 'none'} not accepted ({', '.join(spec_body['content'])})"]
        if media != "application/json":
            return []  # multipart uploads are not used by this app
        try:
            instance = json.loads(body)
        except ValueError as exc:
            return [f"body: not JSON ({exc})"]
        pointer = f"{found.pointer}/requestBody/content/application~1json/schema"
        problems = self._errors(pointer, instance, "body")
        schema = self._resolve(spec_body["content"][media]["schema"])
        if strict and isinstance(instance, dict) and "properties" in schema \
                and schema.get("additionalProperties") is not True:
            problems += [f"body.{key}: not a field of this operation" for key in instance
                         if key not in schema["properties"]]
        return problems

    def validate_response(self, method: str, path: str, status: int, payload: Any) -> list[str]:
        """Check a JSON response (the emulator's own) against the declared schema for that status."""
        found = self.match(method, path)
        if found is None:
            return [f"{method.upper()} {path}: no such operation in the spec"]
        responses = self.operation(found).get("responses", {})
        if str(status) not in responses:
            return [f"response {status}: not declared"]
        content = responses[str(status)].get("content", {})
        if "application/json" not in content:
            return [f"response {status}: not declared as JSON"]
        pointer = f"{found.pointer}/responses/{status}/content/application~1json/schema"
        return self._errors(pointer, payload, f"response {status}")


@functools.lru_cache(maxsize=1)
def spec_validator() -> OpenAPIValidator:
    """The one validator for the vendored spec (loading 3.5 MB once per test session)."""
    with SPEC_PATH.open(encoding="utf-8") as handle:
        return OpenAPIValidator(json.load(handle))
