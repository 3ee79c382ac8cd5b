"""What building an object runs when no constructor of this module is written for it.

``Client()`` where ``class Client(httpx.AsyncClient): pass`` runs the catalogued
``httpx.AsyncClient`` constructor; ``Portal()`` where ``class Portal(VendorClient):
pass`` runs the ``__init__`` it inherits from another module; ``super().__init__()``
in a method runs the next constructor up: a base of this module, a catalogued class
or a class of another module.  The resolver answers what each name is; this module
only picks which constructor runs.  Used on the slow path only, for calls that are
neither catalogued nor a def of the module.
"""

from __future__ import annotations

import ast
from typing import Optional

from flake8_async_blocking import catalogue
from flake8_async_blocking.names import ClassInfo, Scope, enclosing_function
from flake8_async_blocking.origins import Ref, Resolver

CONSTRUCTORS = ("__init__", "__post_init__")


def super_owner(call: ast.Call, scope: Scope) -> Optional[ClassInfo]:
    """Return the class whose method calls ``super().__init__(...)`` here, if it is one."""
    func = call.func
    if not (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    ):
        return None
    current = enclosing_function(scope)  # the method, around any comprehension
    return current.owner if current is not None else None


def built_class(resolver: Resolver, node: Optional[ast.AST]) -> Optional[ClassInfo]:
    """Return the class of this module a call builds when none of its defs runs for it.

    ``node`` is what the call's callee names (``Resolver.function_of``).
    """
    info = _class_info(resolver, node)
    if info is None or any(resolver.method_of(info, name) for name in CONSTRUCTORS):
        return None
    return info


def module_super_init(resolver: Resolver, owner: ClassInfo) -> Optional[ast.FunctionDef]:
    """Return the ``__init__`` of a base of this module that ``super().__init__()`` runs."""
    for base in _module_bases(resolver, owner):
        method = resolver.method_of(base, "__init__")
        if isinstance(method, ast.FunctionDef):
            return method
    return None


def aliased_init(resolver: Resolver, named: Optional[ast.AST]) -> Optional[ast.FunctionDef]:
    """Return the ``__init__`` a class of this module runs through an aliased base.

    ``class Wrapper(DefaultClient)`` where the module binds ``DefaultClient =
    _DefaultClient`` in the ``else`` of an ``if TYPE_CHECKING:`` (SDKs show type
    checkers the library's class and run their own subclass): the ``__init__`` of
    ``_DefaultClient`` runs.  ``Resolver.method_of`` follows bases bound by
    ``class`` statements only.
    """
    info = built_class(resolver, named)
    if info is None:
        return None
    for base in _aliased_bases(resolver, info):
        method = resolver.method_of(base, "__init__")
        if isinstance(method, ast.FunctionDef):
            return method
    return None


def _module_bases(resolver: Resolver, owner: ClassInfo) -> list[ClassInfo]:
    """Return the bases of ``owner`` that are classes of this module, aliases included."""
    scope = owner.scope.parent or resolver.module
    found = []
    for base in owner.node.bases:
        info = _class_info(resolver, resolver.function_of(base, scope))
        if info is not None:
            found.append(info)
    return found + _aliased_bases(resolver, owner)


def _aliased_bases(resolver: Resolver, owner: ClassInfo) -> list[ClassInfo]:
    """Return the module classes that bases of ``owner`` name through a run-time alias."""
    found: list[ClassInfo] = []
    names = [base.id for base in owner.node.bases if isinstance(base, ast.Name)]
    if not names:
        return found
    aliases = _runtime_aliases(resolver.index.body)
    for name in names:
        value = aliases.get(name)
        if value is not None:
            info = _class_info(resolver, resolver.function_of(value, resolver.module))
            if info is not None and info is not owner:
                found.append(info)
    return found


def _runtime_aliases(body: list[ast.stmt]) -> dict[str, ast.expr]:
    """Map the names bound in the ``else`` of a module-level ``if TYPE_CHECKING:``."""
    found: dict[str, ast.expr] = {}
    for stmt in body:
        if isinstance(stmt, ast.If) and _is_type_checking(stmt.test):
            for inner in stmt.orelse:
                if (
                    isinstance(inner, ast.Assign)
                    and len(inner.targets) == 1
                    and isinstance(inner.targets[0], ast.Name)
                ):
                    found[inner.targets[0].id] = inner.value
    return found


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _class_info(resolver: Resolver, node: Optional[ast.AST]) -> Optional[ClassInfo]:
    if not isinstance(node, ast.ClassDef):
        return None
    found = resolver.index.scopes.get(id(node))
    return found.owner if found is not None else None


def catalogued_base(resolver: Resolver, owner: ClassInfo) -> Optional[str]:
    """Return the catalogued class whose constructor building ``owner`` runs, if one blocks.

    Only a base with a catalogue row that blocks counts: ``class Ctx(ssl.SSLContext)``
    runs a constructor the catalogue marks safe.
    """
    base = resolver.known_base(owner.token)
    if base is None:
        for alias in _aliased_bases(resolver, owner):
            base = resolver.known_base(alias.token)
            if base is not None:
                break
    if base is None or base.startswith("<") or catalogue.CALLS.get(base) is None:
        return None
    return base


def super_init(
    resolver: Resolver, call: ast.Call, scope: Scope, named: Optional[ast.AST]
) -> Optional[ast.FunctionDef]:
    """Return the ``__init__`` of this module a call runs that ``Resolver`` does not see.

    ``super().__init__()`` with a base of this module, or a class built from an
    aliased base (``aliased_init``).  ``named`` is what the call's callee names.
    """
    owner = super_owner(call, scope)
    if owner is not None:
        return module_super_init(resolver, owner)
    return aliased_init(resolver, named)


def constructed_class(
    resolver: Resolver, call: ast.Call, scope: Scope, named: Optional[ast.AST]
) -> Optional[ClassInfo]:
    """Return the class whose inherited constructor a call runs, if it runs one.

    The class whose method calls ``super().__init__()`` when no base of this
    module has an ``__init__``, or the class of this module with no constructor
    of its own that the call builds (``named`` is what the call's callee names).
    """
    owner = super_owner(call, scope)
    if owner is not None:
        return None if module_super_init(resolver, owner) is not None else owner
    return built_class(resolver, named)


def inherited_init(
    resolver: Resolver, call: ast.Call, scope: Scope, named: Optional[ast.AST] = None
) -> Optional[Ref]:
    """Return the ``__init__`` of another module that building an object here runs.

    Either ``super().__init__()`` in a class whose next base is of another module,
    or a class of this module with no constructor of its own built from such a base
    (``named`` is what the call's callee names, when the caller has it).
    """
    if named is None and super_owner(call, scope) is None:
        named = resolver.function_of(call.func, scope)
    owner = constructed_class(resolver, call, scope, named)
    if owner is None:
        return None
    if catalogued_base(resolver, owner) is not None:
        return None  # the catalogue's row decides (Classifier.constructor)
    return resolver.foreign_method(owner, "__init__")


def called_by_constructor(resolver: Resolver, function: ast.AST) -> bool:
    """Tell whether the ``__init__`` of a method's own class calls it on ``self``."""
    owner = resolver.owner_of(function)
    init = owner.methods.get("__init__") if owner is not None else None
    name = getattr(function, "name", "")
    if init is None or init is function:
        return False
    for node in ast.walk(init):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == name
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
        ):
            return True
    return False
