"""An integration of the home-automation framework: ``hass`` comes from an installed library."""

from homeassistant.core import HomeAssistant

from webapp.clients import ReportClient


def open_client(url: str) -> ReportClient:
    return ReportClient(url)


async def async_setup_entry(hass: HomeAssistant, url: str, media: str) -> bool:
    client = await hass.async_add_executor_job(open_client, url)  # ok: built in a thread
    client.fetch()  # error: ABL602
    await hass.async_add_executor_job(client.fetch)  # ok: a reference
    await hass.async_add_executor_job(client.fetch())  # error: ABL701
    return hass.config.is_allowed_path(media)  # error: ABL603
