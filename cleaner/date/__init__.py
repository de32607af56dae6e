"""The publication time: the stamps a page states or writes in its text, in its digits and calendars,
made aware with the zone of the page, the source or the country."""
