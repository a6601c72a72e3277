"""Exposure: what each gap costs. A product register, rules-of-origin checks and what-if scenarios (Qt-free).

Modules, from the data up:
- `vocabulary`: codes, HTS codes and ranges, checked number types;
- `rules`, `products`, `scenarios`: the pydantic models (validated, frozen);
- `content`, `origin`: the origin checks (RVC, tariff shift, de minimis,
  automotive conditions) as pure functions with exact decimal arithmetic;
- `reasons`: results as statuses, codes and parameters, never sentences;
- `apply`, `exposure`, `run`: scenarios applied, duty per lane and product,
  totals, deltas and item exposure;
- `scenario_files`: scenarios and de minimis rules from TOML;
- `register_*`: the product register from and to CSV and the Excel template.
"""
