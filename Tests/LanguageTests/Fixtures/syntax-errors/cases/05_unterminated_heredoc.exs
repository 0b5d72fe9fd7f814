x = """
abc
