"""Device entities of the dashboard: generic framework bases filled in with our coordinator."""

import asyncio

from vendorlib.coordination import Coordinator, CoordinatorEntity, KeyedEntity

from .clients import ReportClient


class StatusCoordinator(Coordinator):
    def __init__(self, host: str) -> None:
        self.client = ReportClient(host)


class StatusEntity(CoordinatorEntity[StatusCoordinator]):
    """The base entity: the framework's coordinator attribute is a StatusCoordinator."""


class PowerSwitch(StatusEntity):
    async def async_turn_on(self) -> None:
        self.coordinator.client.fetch()  # error: ABL602

    async def async_turn_off(self) -> None:
        await asyncio.to_thread(self.coordinator.client.fetch)  # ok: offloaded


class UntypedSwitch(CoordinatorEntity):
    async def async_turn_on(self) -> None:
        self.coordinator.client.fetch()  # ok: the coordinator's type is not given


class KeyedSwitch(KeyedEntity[str, StatusCoordinator]):
    async def async_turn_on(self) -> None:
        self.coordinator.client.fetch()  # ok: two type arguments: not matched
