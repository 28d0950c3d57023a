# Reads GitLab pipeline schedules the way Gitlab::Ci::CronParser does, with the fugit gem that is
# installed (Debian 12: ruby-fugit 1.5.2): Fugit::Cron.parse("#{cron} #{cron_timezone}"), then
# next_time chained from a UTC time, as GitLab hands it Time.zone.now.
#
# Input, one request per line: EXPRESSION \x01 ZONE \x01 FROM (Unix seconds) \x01 COUNT.
# Output, one line per request:
#   ok T1 T2 ...        the next COUNT firings strictly after FROM, as Unix seconds
#   nil                 Fugit::Cron.parse answered nil (GitLab: "Cron syntax is invalid")
#   raise CLASS         parse or next_time raised (GitLab does not rescue it)
# A FUGIT_LIB environment variable puts another fugit's lib directory first on the load path.
$LOAD_PATH.unshift(ENV['FUGIT_LIB']) if ENV['FUGIT_LIB']
require 'fugit'

STDOUT.sync = false
STDIN.each_line do |line|
  expression, zone, from, count = line.chomp("\n").split("\x01", 4)
  begin
    cron = Fugit::Cron.parse("#{expression} #{zone}")
    if cron.nil?
      puts 'nil'
      next
    end
    t = EtOrbi::EoTime.new(from.to_i, 'UTC')
    times = []
    count.to_i.times do
      t = cron.next_time(t)
      times << t.to_i
    end
    puts "ok #{times.join(' ')}"
  rescue StandardError => e
    puts "raise #{e.class}"
  end
end
