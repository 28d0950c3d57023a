#!/bin/sh
exec tar czf /backups/home.tgz /home
