"""The example products the register template ships with, to show a trade manager what a filled row looks like.

Two products, each exercising a different part of the model: a brake
assembly whose rule is "a change of heading, or an RVC" (it qualifies by
the de minimis allowance), and an engine, an automotive core part whose
rule is an RVC of 75 % by net cost with no tariff shift (USMCA Automotive
Appendix; HTSUS General Note 11), with a Section 232 overlay when it does
not qualify. The figures are invented.
"""

from __future__ import annotations

from readiness.exposure.products import Product

EXAMPLES = (
    {
        "part_number": "EXAMPLE-BRK-100",
        "description": "Disc brake caliper assembly (example row: replace it)",
        "hts_code": "8708.30.50",
        "preference_claimed": True,
        "currency": "USD",
        "transaction_value": "100",
        "net_cost": "90",
        "rule": {
            "tariff_shift": {"level": "heading", "excluded": ["6813"]},
            "rvc": {"transaction_value": "60", "net_cost": "50"},
            "combination": "either",
        },
        "lanes": [
            {
                "origin": "MX",
                "destination": "US",
                "annual_value": "1200000",
                "annual_quantity": "12000",
                "mfn_rate": "2.5",
            },
        ],
        "bom": [
            {
                "material": "Caliper housing, cast iron",
                "hts_code": "7325.99",
                "country": "MX",
                "originating": "yes",
                "value": "28",
            },
            {"material": "Piston", "hts_code": "8708.30", "country": "US", "originating": "yes", "value": "12"},
            {"material": "Brake pads", "hts_code": "6813.81", "country": "other", "originating": "no", "value": "9"},
            {
                "material": "Seal kit",
                "hts_code": "4016.93",
                "country": "unknown",
                "originating": "unknown",
                "value": "3",
            },
        ],
    },
    {
        "part_number": "EXAMPLE-ENG-200",
        "description": "Spark-ignition engine over 1,000 cc (example row: replace it)",
        "hts_code": "8407.34",
        "preference_claimed": True,
        "currency": "USD",
        "transaction_value": "4200",
        "net_cost": "3800",
        "total_cost": "3950",
        "rule": {"rvc": {"net_cost": "75"}},
        "lanes": [
            {
                "origin": "MX",
                "destination": "US",
                "annual_value": "8400000",
                "annual_quantity": "2000",
                "mfn_rate": "2.5",
                "overlays": [
                    {"program": "Section 232 autos", "rate": "25", "base": "whole-value", "applies": "not-qualifying"}
                ],
            },
        ],
        "bom": [
            {
                "material": "Cylinder block",
                "hts_code": "8409.91",
                "country": "US",
                "originating": "yes",
                "value": "900",
            },
            {"material": "Crankshaft", "hts_code": "8483.10", "country": "MX", "originating": "yes", "value": "450"},
            {
                "material": "Fuel injection system",
                "hts_code": "8409.91",
                "country": "other",
                "originating": "no",
                "value": "520",
            },
            {
                "material": "Engine control unit",
                "hts_code": "8537.10",
                "country": "other",
                "originating": "no",
                "value": "310",
            },
        ],
    },
)


def example_products() -> list[Product]:
    """The template's example products, validated."""
    return [Product.model_validate(example) for example in EXAMPLES]
