print("no project files here")
