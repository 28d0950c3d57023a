/* cronkit's differential oracle: Debian's own crontab parser (load_env/load_entry from the cron
 * source package, compiled beside this file by build_debian_parser.sh) reading one crontab and
 * printing, per thing it reads, one record:
 *   env NAME=VALUE
 *   entry <flags> | <minute> | <hour> | <dom> | <month> | <dow> | <command>
 *   rejected
 *   no-final-newline
 * Sets are printed as the list of set bit numbers. Usage: debian-parser [--system] FILE */
#define MAIN_PROGRAM
#include "cron.h"

static void print_bits(bitstr_t *bits, int low, int high) {
  int first = 1;
  printf(" |");
  for (int value = low; value <= high; value++) {
    if (bit_test(bits, value - low)) {
      printf(first ? " %d" : ",%d", value);
      first = 0;
    }
  }
}

static void ignore_error(char *message) { (void)message; }

int main(int argc, char **argv) {
  int system_format = argc == 3 && strcmp(argv[1], "--system") == 0;
  FILE *file = fopen(argv[argc - 1], "r");
  if (!file) { perror(argv[argc - 1]); return 2; }
  char line[MAX_ENVSTR];
  char **environment = env_init();
  struct passwd *owner = system_format ? NULL : getpwnam("root");
  Set_LineNum(1)
  for (;;) {
    int status = load_env(line, file);
    if (status == ERR) {
      if (line[0] != '\0') printf("no-final-newline\n");
      break;
    }
    if (status == TRUE) {
      printf("env %s\n", line);
      environment = env_set(environment, line);
      continue;
    }
    entry *e = load_entry(file, ignore_error, owner, environment);
    if (e == NULL) { printf("rejected\n"); continue; }
    printf("entry %s%s%s%s%s", (e->flags & MIN_STAR) ? "m" : "-", (e->flags & HR_STAR) ? "h" : "-",
           (e->flags & DOM_STAR) ? "d" : "-", (e->flags & DOW_STAR) ? "w" : "-",
           (e->flags & WHEN_REBOOT) ? "r" : "-");
    if (!(e->flags & WHEN_REBOOT)) {
      print_bits(e->minute, 0, 59);
      print_bits(e->hour, 0, 23);
      print_bits(e->dom, 1, 31);
      print_bits(e->month, 1, 12);
      print_bits(e->dow, 0, 7);
    }
    printf(" | %s\n", e->cmd);
  }
  return 0;
}
