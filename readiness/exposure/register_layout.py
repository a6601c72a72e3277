"""Where things are in the product register: its sheets (or CSV files), their columns, and what each holds.

One layout serves the Excel template, its export and the CSV files, so that
export -> import round-trips. A sheet (or a CSV file) is recognised by its
name and read by its header row, so columns may be moved, and extra columns
are ignored. Cell values are codes, never translated words.

- Products: one row per product, with its unit values and its rule of origin
  (all rule columns blank: no rule recorded).
- Lanes: one row per product and lane (origin -> destination).
- Overlays: one row per overlay duty on a lane.
- BOM: one row per bill-of-materials line, in order.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "trade-readiness/product-register"
FORMAT_VERSION = 1

PRODUCTS = "Products"
LANES = "Lanes"
OVERLAYS = "Overlays"
BOM = "BOM"
INSTRUCTIONS = "Instructions"
META = "Metadata"


@dataclass(frozen=True)
class RegisterColumn:
    """One column: header, width, the key it is read by, what kind of value it holds, and a help line."""

    header: str
    width: float
    key: str
    kind: str  # text, hts, money, percent, threshold, bool, choice, country, material-country, currency, ranges
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""


PART = RegisterColumn("Part number", 16, "part_number", "text", True, help="Your part number; unique per product.")

PRODUCT_COLUMNS = (
    PART,
    RegisterColumn("Description", 30, "description", "text", help="What the product is."),
    RegisterColumn("HTS code", 13, "hts_code", "hts", True, help="6 to 10 digits, dots allowed: 8708.30.50."),
    RegisterColumn(
        "Preference claimed", 11, "preference_claimed", "bool", True, ("yes", "no"), "yes if you claim USMCA."
    ),
    RegisterColumn("Currency", 9, "currency", "currency", True, help="ISO code of every amount of the product: USD."),
    RegisterColumn("Transaction value per unit", 13, "transaction_value", "money", help="TV, adjusted (Art. 4.5)."),
    RegisterColumn("Net cost per unit", 12, "net_cost", "money", help="NC (Art. 4.5)."),
    RegisterColumn("Total cost per unit", 12, "total_cost", "money", help="Optional; for the de minimis check."),
    RegisterColumn("Labour value content %", 11, "labour_value_content", "threshold", help="Declared LVC, vehicles."),
    RegisterColumn(
        "Tariff shift level",
        12,
        "shift_level",
        "choice",
        choices=("chapter", "heading", "subheading"),
        help="Rule: the level of the tariff shift, or blank for none.",
    ),
    RegisterColumn(
        "Tariff shift excludes", 18, "shift_excluded", "ranges", help="Rule: ranges excluded, 7208-7216; 7225."
    ),
    RegisterColumn("RVC % (transaction value)", 12, "rvc_transaction_value", "threshold", help="Rule: TV threshold."),
    RegisterColumn("RVC % (net cost)", 11, "rvc_net_cost", "threshold", help="Rule: NC threshold."),
    RegisterColumn(
        "Shift and RVC",
        10,
        "combination",
        "choice",
        choices=("both", "either"),
        help="Rule: both tests needed, or either is enough.",
    ),
    RegisterColumn("LVC minimum %", 10, "lvc_minimum", "threshold", help="Rule: labour value content minimum."),
    RegisterColumn("U.S. content minimum %", 11, "us_content_minimum", "threshold", help="Rule: U.S. content."),
)
RULE_KEYS = ("shift_level", "shift_excluded", "rvc_transaction_value", "rvc_net_cost", "combination")
AUTOMOTIVE_KEYS = ("lvc_minimum", "us_content_minimum")

LANE_COLUMNS = (
    PART,
    RegisterColumn("Origin", 8, "origin", "country", True, help="ISO country code the goods ship from."),
    RegisterColumn("Destination", 11, "destination", "country", True, help="ISO country code they are imported into."),
    RegisterColumn("Annual value", 14, "annual_value", "money", True, help="Value traded on this lane per year."),
    RegisterColumn("Annual quantity", 12, "annual_quantity", "money", help="Units per year."),
    RegisterColumn("MFN rate %", 9, "mfn_rate", "percent", True, help="The importing country's MFN rate: 2.5."),
)

OVERLAY_COLUMNS = (
    PART,
    RegisterColumn("Origin", 8, "origin", "country", True, help="The lane's origin."),
    RegisterColumn("Destination", 11, "destination", "country", True, help="The lane's destination."),
    RegisterColumn("Program", 18, "program", "text", True, help="Section 232, Section 301, ..."),
    RegisterColumn("Rate %", 8, "rate", "percent", True, help="25 for 25 %."),
    RegisterColumn(
        "Charged on",
        18,
        "base",
        "choice",
        True,
        ("whole-value", "non-us-content", "non-originating-value"),
        "What the rate applies to.",
    ),
    RegisterColumn(
        "Applies", 14, "applies", "choice", True, ("always", "not-qualifying"), "Always, or only when not qualifying."
    ),
)

BOM_COLUMNS = (
    PART,
    RegisterColumn("Material", 26, "material", "text", True, help="The material or component."),
    RegisterColumn("HTS code", 13, "hts_code", "hts", help="6 to 10 digits; needed for the tariff shift."),
    RegisterColumn(
        "Country of origin",
        11,
        "country",
        "material-country",
        True,
        ("US", "CA", "MX", "other", "unknown"),
        "US, CA, MX, other or unknown.",
    ),
    RegisterColumn("Originating", 11, "originating", "choice", True, ("yes", "no", "unknown"), "unknown counts as no."),
    RegisterColumn("Value per unit", 12, "value", "money", help="Per unit of the product; blank if not known."),
)

TABLES: dict[str, tuple[RegisterColumn, ...]] = {
    PRODUCTS: PRODUCT_COLUMNS,
    LANES: LANE_COLUMNS,
    OVERLAYS: OVERLAY_COLUMNS,
    BOM: BOM_COLUMNS,
}
