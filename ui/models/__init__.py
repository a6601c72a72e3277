"""Qt table models over the core's values, each with named columns and a native sort role."""
