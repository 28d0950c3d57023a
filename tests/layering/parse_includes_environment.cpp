// `parse` sits below `environment` (which reads parsed crontabs): this include must not be found.
#include "environment/environment.hpp"
