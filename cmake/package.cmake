# The Debian package: `cpack -G DEB` in the build directory writes cronkit_VERSION_ARCH.deb with
# everything `cmake --install` installs (the tools, manual pages, completions, docs), under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cronkit)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CRONKIT_PACKAGE_MAINTAINER "cronkit maintainers <maintainers@cronkit.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT "${CRONKIT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 cronlint finds what makes cron jobs fail silently, cronsim lists when cron starts
 them across daylight-saving changes, cronexplain explains entries in plain English
 and cronrun runs one entry in the environment cron would give it. Debian's cron,
 cronie, FreeBSD's cron, busybox crond, supercronic and systemd-cron are modelled.")
# The runtime dependencies are read from the binaries by dpkg-shlibdeps, not listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The zone database is read from /usr/share/zoneinfo at run time, which no library dependency
# says.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "shellcheck")
include(CPack)
