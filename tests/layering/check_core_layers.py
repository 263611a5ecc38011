#!/usr/bin/env python3
"""Checks that the folders of core/ form the one-way graph docs/architecture.md draws.

Every `#include "folder/..."` in core/<a>/ that names another core folder <b> is an edge a -> b.
The test fails, naming the file and line, when an edge goes to a folder that is not below <a>
in LAYERS (so a new cycle cannot form), when a folder is missing from LAYERS, or when LAYERS
names a folder that is not there.
"""
import os
import re
import sys

# Lowest first: a folder may include only the folders listed before it.
LAYERS = [
    "common",    # errors, thread hand-off, cache folder, build info
    "data",      # data sets: readers, mixtures, batches
    "models",    # the networks and their losses
    "distributed",  # data-parallel jobs on c10d (a models::DataParallelLink)
    "imaging",   # sample grids and point pictures as QImage
    "run",       # a run's folder on disk: reading, following, integrity
    "export",    # bundles, GIFs, state dicts
    "snapshot",  # a frozen model copy for the window and the metrics
    "metrics",   # coverage, collapse, classifier, Frechet distance, test loss
    "explore",   # latent moves on a snapshot
    "training",  # the Trainer, its config and the presets
    "compare",   # comparison plans and runs
    "session",   # worker threads for training and comparisons
]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([A-Za-z_]+)/')


def main(core):
    folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    problems = []
    for folder in folders:
        if folder not in LAYERS:
            problems.append(f"core/{folder}/ is not in LAYERS of {os.path.basename(__file__)}")
    for folder in LAYERS:
        if folder not in folders:
            problems.append(f"LAYERS names core/{folder}/, which does not exist")
    rank = {name: i for i, name in enumerate(LAYERS)}
    edges = 0
    for folder in folders:
        for root, _, files in os.walk(os.path.join(core, folder)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        target = match.group(1)
                        if target == folder or target not in folders:
                            continue
                        edges += 1
                        if folder in rank and target in rank and rank[target] >= rank[folder]:
                            problems.append(
                                f"{os.path.relpath(path, os.path.dirname(core))}:{number}: {folder} includes "
                                f"{target}, which is not below it")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{len(folders)} core folders, {edges} includes between them, all downward")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../core")))
