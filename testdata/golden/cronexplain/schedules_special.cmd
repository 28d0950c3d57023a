cronexplain '@reboot' '@yearly' '@annually' '@monthly' '@weekly' '@daily' '@midnight' '@hourly'
