"""The Excel action plan: the workbook leadership reads, and the round trip back from item owners."""
