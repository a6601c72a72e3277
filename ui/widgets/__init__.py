"""Small reusable input widgets that save when an edit is finished."""
