"""Exposure: what each gap costs. A product register, rules-of-origin checks and what-if scenarios (Qt-free).

Modules, from the data up:
- `vocabulary`: codes, HTS codes and ranges, checked number types;
- `rules`, `products`, `scenarios`: the pydantic models (validated, frozen);
- `reasons`: results as statuses, codes and parameters, never sentences;
- `content`, `origin`: the origin checks (RVC by both methods, tariff shift,
  de minimis, automotive conditions) as pure functions on exact decimals;
- `apply`, `exposure`, `run`: scenarios applied to products and lanes, duty
  per lane and product, totals, deltas against today and item exposure, and
  the recompute of one product or one scenario after a change;
- `product_fields`: a product as flat fields and back (edits in place);
- `report`, `wording`: what fails and what it costs per scenario, and the
  English words for every code (command line and workbook);
- `scenario_files`: scenarios and the de minimis rules from TOML;
- `register_layout`, `register_cells`, `register_read`, `register_rows`,
  `register_csv`, `register_workbook`, `register_files`, `register_template`,
  `examples`: the product register from and to CSV and the Excel template;
- `errors`: `ScenarioError` and `RegisterError` (with every bad cell).

The store (`readiness.store.products_rows`), the operations
(`readiness.operations.products`, `.scenarios`), the command line
(`readiness.cli_products`), the workbook (`readiness.excel.exposure_*`) and
the app (`ui/exposure_*`) build on `run`, `report`, `product_fields`,
`scenario_files`, `wording` and the register readers and writers.
"""
