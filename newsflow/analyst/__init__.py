"""What analysts read: exports of the article table and the daily HTML digest."""
