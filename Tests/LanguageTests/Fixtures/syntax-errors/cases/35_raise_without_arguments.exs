raise()
