"""The helper process that fills a text cache for the app (``TextCache.fill_in_process``).

Usage: ``python -m diplotui.library.cache_helper FILE_NAME`` (``entities.json``,
``statements.json`` or ``timeline.json``). The first line in is ``{"path", "corrections"}``;
then each line is a list of ``[digest, text, title]`` triples (the article's title: the finder
reads a text stored without its headline as body from its first line) and is answered by one
line of ``[digest, result]`` pairs.
The helper writes the cache file itself, atomically, every ``SAVE_SECONDS`` and when its input
ends (the app finished, stopped or was killed): the texts it computed are never lost to the
app's death, and a helper killed mid-write leaves the previous file whole.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from diplotui.library.text_cache import TextCache
from diplotui.model import EntityCorrection

SAVE_SECONDS = 10.0


def cache_class(file_name: str) -> type[TextCache[Any]]:
    from diplotui.library.entity_cache import EntityCache
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.timeline import TimelineCache

    classes: dict[str, type[TextCache[Any]]] = {
        cls.FILE_NAME: cls for cls in (EntityCache, StatementCache, TimelineCache)
    }
    return classes[file_name]


def serve(file_name: str) -> None:
    """Answer requests from standard input until it ends, saving as it goes."""
    cls = cache_class(file_name)
    header = json.loads(sys.stdin.buffer.readline() or b"{}")
    corrections = [EntityCorrection.from_dict(c) for c in header.get("corrections", [])]
    cache = cls.load_file(Path(header["path"]), corrections)
    saved_at = time.monotonic()
    try:
        for line in sys.stdin.buffer:
            answer = []
            for digest, text, title in json.loads(line):
                result = cache.compute(text, title)
                cache.put(digest, result)
                answer.append([digest, cls.encode(result)])
            sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            if time.monotonic() - saved_at >= SAVE_SECONDS:
                cache.save()
                saved_at = time.monotonic()
    except BrokenPipeError:
        pass  # the app is gone: keep what was computed
    finally:
        cache.save()


if __name__ == "__main__":
    serve(sys.argv[1])  # at the lower priority the app gave it (diplotui.library.priority)
