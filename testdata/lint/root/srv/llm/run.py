import os
print(os.environ["OPENAI_API_KEY"])
