from mapper.cli import run

run()
