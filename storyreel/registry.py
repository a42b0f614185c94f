"""A tiny name -> factory registry; each stage keeps one so later backends plug in by name."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from .errors import InputError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, stage: str):
        self.stage = stage
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Decorator: `@REGISTRY.register("emoji")` on a backend class or factory."""

        def deco(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return deco

    def names(self) -> list[str]:
        return sorted(self._factories)

    def create(self, name: str, **kwargs) -> T:
        try:
            factory = self._factories[name]
        except KeyError:
            raise InputError(
                f"unknown {self.stage} backend {name!r}; available: {', '.join(self.names())}"
            ) from None
        return factory(**kwargs)
