# b24_add_library(NAME DIR LINKS...): a static library made of every .cpp/.h in DIR.
# Globbing keeps parallel work on different folders free of CMakeLists edits.
function(b24_add_library name)
    cmake_parse_arguments(ARG "" "" "LINKS" ${ARGN})
    file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    if(_src)
        add_library(${name} STATIC ${_src})
        target_include_directories(${name} PUBLIC ${B24_CORE_INCLUDE_DIR} ${PROJECT_SOURCE_DIR})
        target_link_libraries(${name} PUBLIC b24_policy ${ARG_LINKS})
    else()
        add_library(${name} INTERFACE) # folder not written yet
        target_include_directories(${name} INTERFACE ${B24_CORE_INCLUDE_DIR} ${PROJECT_SOURCE_DIR})
        target_link_libraries(${name} INTERFACE b24_policy ${ARG_LINKS})
    endif()
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
    target_link_libraries(${name} PRIVATE b24_policy Qt6::Test ${ARG_LINKS})
    target_compile_definitions(${name} PRIVATE
        B24_FIXTURES_DIR="${B24_FIXTURES_DIR}"
        B24_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        B24_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(_env "QT_QPA_PLATFORM=offscreen")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${ARG_TIMEOUT}
                         LABELS "${ARG_LABELS}")
endfunction()

# Adds every direct subfolder of the current folder that has a CMakeLists.txt.
function(b24_add_subfolders)
    file(GLOB _children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT _children)
    foreach(_child ${_children})
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${_child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${_child}/CMakeLists.txt)
            add_subdirectory(${_child})
        endif()
    endforeach()
endfunction()
