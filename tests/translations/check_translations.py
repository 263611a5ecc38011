#!/usr/bin/env python3
"""Fails when a text the user can see has no Chinese translation.

1. lupdate (the same options as the build's update_translations target) scans the sources into
   a copy of resources/translations/genlab_zh_CN.ts: a new tr() text shows up there as
   unfinished, a changed one as unfinished too (its old translation no longer matches).
2. Every message of the copy must be finished, and keep the source's placeholders (%1, %n),
   HTML tags and menu accelerator (&F).
3. Every preset and comparison file has a story_zh_CN, and the desktop entry a Name[zh_CN]
   and Comment[zh_CN].

usage: check_translations.py LUPDATE SOURCE_DIR
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def text_of(element):
    if element is None:
        return ""
    numerus = element.findall("numerusform")
    if numerus:
        return "".join(form.text or "" for form in numerus)
    return element.text or ""


def markers(text):
    placeholders = sorted(re.findall(r"%L?\d+|%n", text))
    tags = sorted(re.findall(r"</?[a-zA-Z]+", text))
    return placeholders, tags


def accelerator(text):
    found = re.findall(r"&([A-Za-z0-9])", text.replace("&&", ""))
    return [letter.lower() for letter in found]


def main():
    lupdate, source = sys.argv[1], pathlib.Path(sys.argv[2])
    ts = source / "resources/translations/genlab_zh_CN.ts"
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / ts.name
        shutil.copy(ts, copy)
        subprocess.run(
            [lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", "zh_CN", str(source / "core"), str(source / "ui"), str(source / "app"),
             "-ts", str(copy)],
            check=True)
        root = ET.parse(copy).getroot()
    count = 0
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            count += 1
            src = message.findtext("source") or ""
            translation = message.find("translation")
            shown = text_of(translation)
            where = f"{name}: {src[:70]!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not shown.strip():
                problems.append(f"not translated: {where}")
                continue
            forms = [text_of_form.text or "" for text_of_form in translation.findall("numerusform")] or [shown]
            for form in forms:
                if markers(form) != markers(src):
                    problems.append(f"placeholders or tags differ: {where} -> {form[:70]!r}")
                if accelerator(src) != accelerator(form):
                    problems.append(f"menu accelerator differs: {where} -> {form[:70]!r}")

    for preset in sorted((source / "resources/presets").rglob("*.json")):
        data = json.loads(preset.read_text(encoding="utf-8"))
        if data.get("story") and not str(data.get("story_zh_CN", "")).strip():
            problems.append(f"no story_zh_CN: {preset.relative_to(source)}")

    desktop = (source / "resources/genlab.desktop").read_text(encoding="utf-8")
    for key in ("Name[zh_CN]=", "Comment[zh_CN]="):
        if key not in desktop:
            problems.append(f"resources/genlab.desktop has no {key}")

    if count == 0:
        problems.append("lupdate found no texts at all")
    for problem in problems:
        print(problem)
    print(f"{count} texts checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
