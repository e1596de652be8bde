# b24_add_library(NAME LINKS...): a static library made of every .cpp/.h in the current folder and
# its internal/ folder (headers only the library's own classes include). Globbing keeps parallel
# work on different files free of CMakeLists edits (CODING_GUIDELINES.md).
function(b24_add_library name)
    cmake_parse_arguments(ARG "" "" "LINKS" ${ARGN})
    file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h
         ${CMAKE_CURRENT_SOURCE_DIR}/internal/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/internal/*.h)
    add_library(${name} STATIC ${_src})
    target_link_libraries(${name} PUBLIC b24_policy ${ARG_LINKS})
endfunction()

# b24_add_test(NAME SOURCES... LINKS... LABELS... [GUI]): one Qt Test executable under CTest.
function(b24_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE b24_policy b24testsupport Qt6::Test ${ARG_LINKS})
    target_compile_definitions(${name} PRIVATE
        B24_FIXTURES_DIR="${B24_FIXTURES_DIR}"
        B24_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        B24_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(_env "QT_QPA_PLATFORM=offscreen")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${ARG_TIMEOUT}
                         LABELS "${ARG_LABELS}")
endfunction()
