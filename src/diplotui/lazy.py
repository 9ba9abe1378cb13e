"""Names a package exports, each imported from its submodule when first used.

Importing a package runs its ``__init__``; one that imported every submodule made the app's
first frame wait for the store's repository and TinyDB, or the library's query and search
code, though the frame needs one small module of each (a store's stamp, the list's rows).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, defined_in: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports each name from the submodule
    ``defined_in`` gives for it, the first time it is asked for (then it is a plain global)."""
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        submodule = defined_in.get(name)
        if submodule is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
        namespace[name] = value
        return value

    return __getattr__
