"""Content shipped with the app: framework packs, version mappings, icons and translations."""
