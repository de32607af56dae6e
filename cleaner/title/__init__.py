"""The headline: the title candidates a page states and prints, the site, section and kicker around
them, and which one is the headline."""
