"""A Nuxt page's app state as plain values, for ``cleaner.date.app_state``.

Nuxt 2 writes its state as JavaScript, ``window.__NUXT__=(function(a,b){return {data:[...]}}("x",null))``
or ``window.__NUXT__={data:[...]}``: an object literal (unquoted keys, ``!0``, ``void 0``, a date as
``new Date(1712900760000)``, the
function's parameters standing for its call's arguments), read here by a small tokenizer into JSON.
Nuxt 3 writes ``<script id="__NUXT_DATA__" type="application/json">``, a flat array (devalue) whose
objects' and lists' members are indices into it: read back into nested values from its root.
"""

from __future__ import annotations

import json
import re

from lxml.etree import XPath

_NUXT_DATA = XPath('//script[@id="__NUXT_DATA__"]')
_NUXT_SCRIPT = XPath('//script[not(@src)][contains(., "__NUXT__")]')
_MAX_STATE_CHARS = 3_000_000
_MAX_DEPTH = 40
_MAX_VALUES = 50_000
# A string, a number, a name, or one character of punctuation.
_TOKEN = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|(\'(?:[^\'\\]|\\.)*\')|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)'
                    r'|([A-Za-z_$][\w$]*)|(\S))', re.DOTALL)
_COLON = re.compile(r"\s*:")
_NEW_DATE = re.compile(r'\s*Date\s*\(\s*("(?:[^"\\]|\\.)*"|\d+)\s*\)')
_LITERALS = {"true": "true", "false": "false", "null": "null", "undefined": "null"}
_FUNCTION = re.compile(r"^\(?\s*function\s*\(([^)]*)\)\s*\{\s*return\s*", re.DOTALL)
# devalue's wrapped values: a reactive or ref wrapper of one value, a Date's ISO text.
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "NuxtError"})


def nuxt_state(tree, keys: tuple[str, ...]) -> object | None:
    """The page's Nuxt state (3's payload, else 2's ``window.__NUXT__``) as plain values, or None; read
    only where its text holds one of ``keys`` (a substring test before any parsing)."""
    for script in _NUXT_DATA(tree):
        if (text := script.text) and len(text) <= _MAX_STATE_CHARS and any(key in text for key in keys):
            try:
                return _hydrated(json.loads(text))
            except (ValueError, RecursionError):
                return None
    for script in _NUXT_SCRIPT(tree):
        text = script.text or ""
        if (at := text.find("__NUXT__")) < 0 or len(text) > _MAX_STATE_CHARS \
                or not any(key in text for key in keys):
            continue
        start = text.find("=", at)
        state = _script_state(text[start + 1:]) if start > 0 else None
        # Nuxt 2's "data" lists one object per page component (the page's own first): no list of
        # articles, its items are not teasers.
        if isinstance(state, dict) and isinstance(data := state.get("data"), list):
            state["data"] = {str(index): item for index, item in enumerate(data)}
        return state
    return None


def _hydrated(payload) -> object | None:
    """Nuxt 3's flat payload read back from its root (index 0)."""
    if not isinstance(payload, list) or not payload:
        return None
    budget = [_MAX_VALUES]

    def value(index, depth: int):
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(payload) \
                or depth > _MAX_DEPTH or budget[0] <= 0:
            return None
        budget[0] -= 1
        item = payload[index]
        if isinstance(item, dict):
            return {key: value(inner, depth + 1) for key, inner in item.items()}
        if isinstance(item, list):
            if item and isinstance(item[0], str):  # ["ShallowReactive", 1], ["Date", "2024-..."]
                if item[0] == "Date" and len(item) > 1:
                    return item[1]
                return value(item[1], depth + 1) if item[0] in _WRAPPERS and len(item) > 1 else None
            return [value(inner, depth + 1) for inner in item]
        return item

    return value(0, 0)


def _script_state(source: str) -> object | None:
    """Nuxt 2's ``window.__NUXT__`` value (an object literal, or a function called with arguments that
    returns one) as plain values, or None where it is not read."""
    names: dict[str, str] = {}
    start = 0
    if function := _FUNCTION.match(source := source.lstrip()):
        start = function.end()
        literal, end = _literal(source, start)  # the returned object, to find the call after it
        call = source.find("(", end) if literal is not None else -1
        arguments = _literal(source, call, closing=")")[0] if call >= 0 else None
        try:
            values = json.loads(arguments) if arguments else []
        except ValueError:
            return None
        params = [name.strip() for name in function[1].split(",") if name.strip()]
        names = {name: json.dumps(values[index]) if index < len(values) else "null"
                 for index, name in enumerate(params)}
    literal = _literal(source, start, names=names)[0]
    try:
        return json.loads(literal) if literal else None
    except ValueError:
        return None


def _literal(source: str, start: int, closing: str | None = None,
             names: dict[str, str] | None = None) -> tuple[str | None, int]:
    """(the JavaScript value that opens at ``start`` as JSON text, the position after it), or (None,
    start). Unquoted keys are quoted, names become their ``names`` value or null, ``!0``/``!1`` true
    and false, ``void 0`` null; read up to the bracket that closes the first one."""
    out: list[str] = []
    depth, position, expect_key = 0, start, False
    stack: list[str] = []
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            break
        position = match.end()
        double, single, number, name, mark = match.groups()
        if double is not None:
            out.append(double.replace("\\x", "\\u00") if "\\x" in double else double)
        elif single is not None:
            out.append(json.dumps(single[1:-1].replace("\\'", "'")))
        elif number is not None:
            out.append(number)
        elif name is not None:
            if expect_key and _COLON.match(source, position):
                out.append(json.dumps(name))
            elif name == "new":  # devalue's Date: "new Date(1712900760000)"
                if (date := _NEW_DATE.match(source, position)) is None:
                    break
                out.append(date[1])
                position = date.end()
            elif name == "void":
                out.append("null")
                position = _TOKEN.match(source, position).end()  # its operand, "0"
            else:
                out.append(_LITERALS.get(name) or (names or {}).get(name, "null"))
        elif mark == "!":
            operand = _TOKEN.match(source, position)
            out.append("true" if operand and operand[3] == "0" else "false")
            position = operand.end() if operand else position
        elif mark == "(" and closing == ")" and position == start + 1:  # a call's arguments, as a list
            stack.append("[")
            depth += 1
            out.append("[")
        elif mark == ")" and closing == ")" and len(stack) == 1:
            return "".join(out) + "]", position
        elif mark in "{[":
            stack.append(mark)
            depth += 1
            out.append(mark)
        elif mark in "}]":
            if not stack:
                return None, start
            stack.pop()
            depth -= 1
            out.append(mark)
            if depth == 0 and closing is None:
                return "".join(out), position
        elif mark in ",:":
            out.append(mark)
        else:
            break  # an expression this reader does not evaluate
        expect_key = bool(stack) and stack[-1] == "{" and out[-1] in "{,"
    return None, start
