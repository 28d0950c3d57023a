import azure.functions as func

app = func.FunctionApp()


@app.timer_trigger(schedule="* 0 * * * *", arg_name="timer")
def hourly(timer: func.TimerRequest) -> None:
    pass


@app.timer_trigger(schedule="%REPORT_SCHEDULE%", arg_name="timer")
def report(timer: func.TimerRequest) -> None:
    pass
