"""Add a product register to an assessment of a demo workspace (for screenshots, manual tries and the app benchmark).

    python benchmarks/demo_products.py FILE [--name NAME] [--products N] [--seed S]

Products of an auto-parts maker in the U.S. and Mexico: engines, transmissions
and steering gears (core parts, 75 % RVC by net cost), brake assemblies (a
change of heading or an RVC), wiring harnesses (a change of heading except
from copper wire), seats, body stampings and light trucks (with a labour
value content minimum). Bills of materials mix U.S., Mexican, Canadian and
other materials; some suppliers' origin is unknown. Figures are invented and
chosen so that the shipped what-if scenarios move some products and not
others. A few readiness items about rules of origin are linked to products.
Every change goes through `readiness.operations`, as the app makes it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness import operations
from readiness.exposure.products import Product
from readiness.store.workspace import Workspace

S232 = {"program": "Section 232 autos", "rate": "25", "base": "whole-value", "applies": "not-qualifying"}
# (prefix, description, HTS, rule, unit TV range, materials: (name, HTS, typical share of TV))
FAMILIES: list[tuple[str, str, str, dict[str, Any], tuple[int, int], list[tuple[str, str, float]]]] = [
    ("ENG", "Engine, {n}-cylinder gasoline", "8407.34", {"rvc": {"net_cost": "75"}}, (3200, 5200), [
        ("Cylinder block", "8409.91", 0.21), ("Cylinder head", "8409.91", 0.12), ("Crankshaft", "8483.10", 0.10),
        ("Fuel injection system", "8409.91", 0.11), ("Engine control unit", "8537.10", 0.08),
        ("Turbocharger", "8414.80", 0.07), ("Gasket set", "8484.10", 0.02), ("Fasteners", "7318.15", 0.01)]),
    ("TRN", "Automatic transmission, {n}-speed", "8708.40", {"rvc": {"net_cost": "75"}}, (1800, 2900), [
        ("Transmission case", "8708.40", 0.16), ("Gear set", "8483.40", 0.22), ("Torque converter", "8483.60", 0.13),
        ("Valve body", "8481.80", 0.09), ("Transmission control module", "8537.10", 0.07),
        ("Clutch packs", "8708.93", 0.06), ("Bearings", "8482.10", 0.03)]),
    ("STR", "Electric power steering gear, rack {n}", "8708.94", {"rvc": {"net_cost": "75"}}, (420, 760), [
        ("Rack housing", "8708.94", 0.20), ("Electric motor", "8501.31", 0.19), ("Steering control unit", "8537.10", 0.12),
        ("Torque sensor", "9031.80", 0.08), ("Tie rods", "8708.94", 0.09), ("Seals", "4016.93", 0.02)]),
    ("BRK", "Disc brake caliper assembly, {n} mm", "8708.30", {
        "tariff_shift": {"level": "heading", "excluded": ["6813"]},
        "rvc": {"transaction_value": "60", "net_cost": "50"}, "combination": "either"}, (90, 160), [
        ("Caliper housing", "7325.99", 0.28), ("Piston", "8708.30", 0.12), ("Brake pads", "6813.81", 0.10),
        ("Seal kit", "4016.93", 0.03), ("Bleeder screw", "7318.15", 0.01)]),
    ("HRN", "Engine wiring harness, variant {n}", "8544.30", {
        "tariff_shift": {"level": "heading", "excluded": ["7408", "7413"]}}, (140, 260), [
        ("Copper wire", "7408.11", 0.30), ("Connectors", "8536.69", 0.22), ("Insulating tape", "3919.10", 0.03),
        ("Terminals", "8536.90", 0.08), ("Conduit", "3917.32", 0.04)]),
    ("SEA", "Front seat assembly, trim {n}", "9401.20", {
        "tariff_shift": {"level": "heading"}, "rvc": {"transaction_value": "60", "net_cost": "50"}}, (300, 540), [
        ("Seat frame", "9401.90", 0.25), ("Foam cushion", "9401.90", 0.10), ("Seat cover", "9401.90", 0.14),
        ("Recliner mechanism", "9401.90", 0.09), ("Seat motor", "8501.10", 0.07)]),
    ("STP", "Body side stamping, steel, part {n}", "8708.29", {"rvc": {"net_cost": "75"}}, (60, 120), [
        ("Steel coil", "7208.51", 0.55), ("Coating", "3208.90", 0.04)]),
    ("TRK", "Light truck, cab chassis {n}", "8704.21", {
        "rvc": {"net_cost": "75"}, "automotive": {"labour_value_content": "45"}}, (28000, 41000), [
        ("Engine", "8407.34", 0.16), ("Transmission", "8708.40", 0.08), ("Frame", "8708.99", 0.09),
        ("Cab", "8707.90", 0.14), ("Axles", "8708.50", 0.07), ("Electronics", "8537.10", 0.06),
        ("Tyres", "4011.20", 0.03)]),
]  # fmt: skip
ORIGINS = (("US", "yes", 34), ("MX", "yes", 44), ("CA", "yes", 8), ("other", "no", 10), ("unknown", "unknown", 4))
LINKED_ITEMS = {  # readiness items of nafta-2017 about origin that these families depend on
    "ENG": ("customs.rvc-headroom", "customs.auto-content"),
    "TRN": ("customs.rvc-headroom", "customs.auto-content"),
    "STR": ("customs.rvc-headroom",),
    "TRK": ("customs.auto-content",),
    "BRK": ("customs.rule-mapping",),
    "HRN": ("customs.supplier-declarations",),
}


def register(count: int, *, seed: int = 18) -> list[Product]:
    """`count` products across the families, deterministic for a seed."""
    rng = random.Random(seed)
    products = []
    for index in range(count):
        prefix, description, hts, rule, (low, high), materials = FAMILIES[index % len(FAMILIES)]
        number = index // len(FAMILIES) + 1
        tv = rng.randint(low, high)
        bom = []
        for name, code, share in materials:
            country, originating, _ = rng.choices(ORIGINS, [o[2] for o in ORIGINS])[0]
            value = round(tv * share * rng.uniform(0.8, 1.25), 2)
            bom.append({"material": name, "hts_code": code, "country": country, "originating": originating,
                        "value": None if rng.random() < 0.02 else f"{value:.2f}"})  # fmt: skip
        units = rng.randint(800, 12000) if tv < 10000 else rng.randint(60, 240)
        lanes = [{"origin": "MX", "destination": "US", "annual_value": f"{tv * units:.2f}",
                  "annual_quantity": str(units), "mfn_rate": "25" if prefix == "TRK" else "2.5",
                  "overlays": [S232]}]  # fmt: skip
        if rng.random() < 0.25:
            lanes.append({"origin": "US", "destination": "CA", "annual_value": f"{tv * units // 4:.2f}",
                          "annual_quantity": str(units // 4), "mfn_rate": "6.1" if prefix == "TRK" else "5"})  # fmt: skip
        products.append(
            Product.model_validate(
                {
                    "part_number": f"{prefix}-{number:03d}",
                    "description": description.format(
                        n=[4, 6, 8, 10][number % 4] if prefix in ("ENG", "TRN") else number
                    ),
                    "hts_code": hts,
                    "currency": "USD",
                    "transaction_value": f"{tv}",
                    "net_cost": f"{tv * rng.uniform(0.86, 0.95):.2f}",
                    "labour_value_content": str(rng.randint(44, 55)) if prefix == "TRK" else None,
                    "rule": rule,
                    "lanes": lanes,
                    "bom": bom,
                }
            )
        )
    return products


def add_register(path: Path, *, name: str, count: int, seed: int = 18) -> None:
    with Workspace.open(path) as workspace:
        assessment = workspace.assessments.get(name)
        products = register(count, seed=seed)
        operations.import_register(workspace, assessment.id, products)
        items = set(workspace.assessments.responses(assessment.id))
        for prefix, item_ids in LINKED_ITEMS.items():
            parts = [p.part_number for p in products if p.part_number.startswith(prefix)]
            for item_id in item_ids:
                if item_id in items and parts:
                    operations.link_products(workspace, assessment.id, item_id, parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--name", default="NAFTA renegotiation 2017", help="the assessment to add the register to")
    parser.add_argument("--products", type=int, default=40)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    add_register(args.file, name=args.name, count=args.products, seed=args.seed)
    print(f"added {args.products} products to {args.name!r} in {args.file}")


if __name__ == "__main__":
    main()
