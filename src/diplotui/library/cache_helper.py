"""The helper process that fills text caches for the app (``fill_together_in_process``).

Usage: ``python -m diplotui.library.cache_helper FILE_NAME...`` (``entities.json``,
``statements.json``, ``timeline.json``: the caches it fills, each text recognised once for
all of them). The first line in is ``{"paths", "corrections"}`` (a path per cache, in order);
then each line is a list of ``[text, title, [[cache, key], ...]]`` items (the article's title:
the finder reads a text stored without its headline as body from its first line; ``cache``
an index into the file names, ``key`` what the result is kept under there) and is answered by
one line of ``[cache, key, result]`` triples (``[cache, key, null, why]`` for a text whose
result could not be made: :class:`~diplotui.errors.Failed`; the helper goes on).
The helper writes the cache files itself, atomically, every ``SAVE_SECONDS`` and when its
input ends (the app finished, stopped or was killed): the texts it computed are never lost to
the app's death, and a helper killed mid-write leaves the previous file whole.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from diplotui.errors import Failed
from diplotui.inert import utf8_kept
from diplotui.library.text_cache import TextCache, results_together, save_all
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


def serve(file_names: list[str]) -> None:
    """Answer requests from standard input until it ends, saving as it goes."""
    header = json.loads(sys.stdin.buffer.readline() or b"{}")
    corrections = [EntityCorrection.from_dict(c) for c in header.get("corrections", [])]
    caches = [
        cache_class(name).load_file(Path(path), corrections)
        for name, path in zip(file_names, header["paths"], strict=True)
    ]
    saved_at = time.monotonic()
    try:
        for line in sys.stdin.buffer:
            answer = []
            for text, title, wanted in json.loads(line):
                chosen = [caches[index] for index, _key in wanted]
                found = results_together(chosen, text, title)
                for (index, key), result in zip(wanted, found, strict=True):
                    if isinstance(result, Failed):
                        answer.append([index, key, None, result.why])
                        continue
                    caches[index].put(key, result)
                    answer.append([index, key, caches[index].encode(result)])
            sys.stdout.buffer.write(utf8_kept(json.dumps(answer, ensure_ascii=False) + "\n"))
            sys.stdout.buffer.flush()
            if time.monotonic() - saved_at >= SAVE_SECONDS:
                save_all(caches)
                saved_at = time.monotonic()
    except BrokenPipeError:
        pass  # the app is gone: keep what was computed
    finally:
        save_all(caches)


if __name__ == "__main__":
    serve(sys.argv[1:])  # at the lower priority the app gave it (diplotui.library.priority)
