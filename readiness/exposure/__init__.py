"""Exposure: what each gap costs. A product register, rules-of-origin checks and what-if scenarios (Qt-free).

Modules, from the data up:
- `vocabulary`: codes, HTS codes and ranges, checked number types;
- `rules`, `products`, `scenarios`: the pydantic models (validated, frozen);
- `reasons`: results as statuses, codes and parameters, never sentences;
- `content`, `origin`: the origin checks (RVC by both methods, tariff shift,
  de minimis, automotive conditions) as pure functions on exact decimals;
- `apply`, `exposure`, `run`: scenarios applied to products and lanes, duty
  per lane and product, totals, deltas against today and item exposure;
- `scenario_files`: scenarios and the de minimis rules from TOML;
- `register_layout`, `register_cells`, `register_read`, `register_rows`,
  `register_csv`, `register_workbook`, `register_template`, `examples`: the
  product register from and to CSV and the Excel template;
- `errors`: `ScenarioError` and `RegisterError` (with every bad cell).

Phase 2 calls `run.run_scenarios`, `run.item_exposure`,
`scenario_files.builtin_scenarios`/`load_scenario`/`builtin_de_minimis` and
the register readers and writers; everything else is internal.
"""
