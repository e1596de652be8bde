# One policy target that every target links: warnings and Qt strictness in one place.
add_library(b24_policy INTERFACE)
target_compile_features(b24_policy INTERFACE cxx_std_20)
# The repository root is the include root: every include names its layer ("core/b24/...",
# "ui/main/...", "app/common/...", "tests/support/..."; CODING_GUIDELINES.md).
target_include_directories(b24_policy INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(b24_policy INTERFACE -Wall -Wextra -Wpedantic)
if(B24_WERROR)
    target_compile_options(b24_policy INTERFACE -Werror)
endif()
target_compile_definitions(b24_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
if(B24_SANITIZE)
    target_compile_options(b24_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
    target_link_options(b24_policy INTERFACE -fsanitize=address,undefined)
endif()
