"""Small builders for the exposure tests: a product from keyword overrides, a bill-of-materials line in one call.

Figures are strings so every test reads like the arithmetic in its docstring.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from readiness.exposure.products import Product
from readiness.exposure.run import ExposureRun, run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis
from readiness.exposure.scenarios import TODAY, Scenario


def line(material: str, hts: str | None, country: str, originating: str, value: str | None) -> dict[str, Any]:
    return {"material": material, "hts_code": hts, "country": country, "originating": originating, "value": value}


def lane(origin: str = "MX", destination: str = "US", value: str = "1000000", rate: str = "2.5", **more: Any) -> dict:
    return {"origin": origin, "destination": destination, "annual_value": value, "mfn_rate": rate, **more}


def product(**overrides: Any) -> Product:
    """A brake part from Mexico into the U.S. (8708.30), TV 100 and NC 80 per unit, unless overridden."""
    data: dict[str, Any] = {
        "part_number": "P-1",
        "hts_code": "8708.30.50",
        "currency": "USD",
        "transaction_value": "100",
        "net_cost": "80",
        "lanes": [lane()],
        "bom": [],
    }
    data.update(overrides)
    return Product.model_validate(data)


def run(products: list[Product], *scenarios: Scenario) -> ExposureRun:
    return run_scenarios(products, list(scenarios), de_minimis=builtin_de_minimis())


def D(text: str) -> Decimal:
    return Decimal(text)


def outcome(item: Product, scenario: Scenario | None = None) -> Any:
    """The qualification of one product under `scenario` (today's rules by default)."""
    chosen = scenario or TODAY
    return run([item], chosen).exposures[chosen.id][item.part_number].outcome


def codes(result: Any) -> list[str]:
    return [reason.code.value for reason in result.reasons]


def params(result: Any, code: str) -> dict[str, Any]:
    return next(dict(r.params) for r in result.reasons if r.code.value == code)
