# Desktop integration files and the Debian package (cpack -G DEB). The programs install
# themselves from their own CMakeLists (install(TARGETS ...)); this adds everything around them.
include(GNUInstallDirs)
set(_res ${PROJECT_SOURCE_DIR}/resources)

if(UNIX AND NOT APPLE)
    install(FILES ${_res}/linux/${B24_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_res}/linux/${B24_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_res}/icons/b24-explorer.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${B24_APP_ID}.svg)
    foreach(_size 16 22 24 32 48 64 128 256 512)
        install(FILES ${_res}/icons/png/b24-explorer-${_size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
                RENAME ${B24_APP_ID}.png)
    endforeach()
    install(FILES ${_res}/THIRD-PARTY-NOTICES.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/b24-explorer)
    install(FILES ${_res}/linux/b24-cli.bash-completion
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME b24-cli)
endif()

set(CPACK_PACKAGE_NAME b24-explorer)
set(CPACK_PACKAGE_VENDOR "The B24 Explorer developers")
set(CPACK_PACKAGE_CONTACT "B24 Explorer developers <b24-explorer@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop explorer, CLI and sandbox for the Bitrix24 REST API")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds libqt6*, libqt6keychain1, libssl3 and libc from the binaries themselves.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binaries load at run time but do not link: QtKeychain dlopens libsecret; Qt's
# platform plugins live in their own package.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "B24 Explorer calls Bitrix24 REST methods through inbound webhooks: single calls,
every page of a list, batches of commands. Results are shown as tables and can
be exported to CSV or JSON Lines. Webhook secrets are kept in the system keychain.

The package also contains b24-cli, a command-line client with the same core,
and b24-sandbox, a local HTTPS portal that emulates Bitrix24 for tests.")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
