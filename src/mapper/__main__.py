from mapper.cli import app

app(prog_name="mapper")
