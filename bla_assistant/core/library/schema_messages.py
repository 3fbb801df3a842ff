"""Turn jsonschema errors into sentences that name the field and say what to do."""

from __future__ import annotations

from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "string": "text", "integer": "a whole number", "number": "a number", "object": "a mapping",
    "array": "a list", "boolean": "true or false", "null": "nothing",
}


def _python_type(value: object) -> str:
    return {
        str: "text", int: "a whole number", float: "a number", dict: "a mapping",
        list: "a list", bool: "true/false", type(None): "nothing",
    }.get(type(value), type(value).__name__)


def field_name(path: tuple) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


def describe(error: ValidationError) -> str:
    where = field_name(tuple(error.absolute_path))
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        target = f"{where}.{missing}" if error.absolute_path else missing
        return f"field '{target}' is missing; add it"
    if kind == "type":
        wanted = error.validator_value
        wanted_names = " or ".join(
            _TYPE_NAMES.get(w, w) for w in (wanted if isinstance(wanted, list) else [wanted])
        )
        return (
            f"field '{where}' must be {wanted_names}, not {_python_type(error.instance)}; "
            "fix its value"
        )
    if kind == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value)
        return f"field '{where}' has {error.instance!r}, which is not allowed; use one of {allowed}"
    if kind == "additionalProperties":
        extras = sorted(
            set(error.instance) - set(error.schema.get("properties", {}))
        ) if isinstance(error.instance, dict) else []
        return (
            f"field '{where}' has unknown key(s) {', '.join(repr(e) for e in extras)}; "
            "check the spelling against docs/formats.md"
        )
    if kind == "pattern" and error.validator_value == "^[a-z]{2}$":
        return (
            f"field '{where}' has {error.instance!r} where a two-letter language code "
            "(en, fr, pt) was expected; quote text that contains a comma or a colon"
        )
    if kind == "pattern":
        return (
            f"field '{where}' value {error.instance!r} is not in the expected form "
            f"(pattern {error.validator_value}); use lower-case letters, digits, '_' and '.'"
        )
    if kind == "propertyNames":
        return f"field '{where}' has a key that is not allowed: {error.message}"
    if kind in ("minItems", "minProperties"):
        return f"field '{where}' is empty; give at least {error.validator_value} entry"
    if kind == "minLength":
        return f"field '{where}' is too short; write the value out"
    if kind in ("minimum", "maximum"):
        return (
            f"field '{where}' value {error.instance!r} is out of range "
            f"({kind} {error.validator_value})"
        )
    if kind in ("anyOf", "oneOf"):
        if isinstance(error.instance, dict) and "instrument" in error.instance:
            return (
                f"field '{where}' needs an 'article' or a 'section' saying where in the "
                "instrument"
            )
        return f"field '{where}' does not match any allowed form: {error.message}"
    return f"field '{where}': {error.message}"
