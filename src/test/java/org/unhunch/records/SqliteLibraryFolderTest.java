package org.unhunch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite-jdbc's extracted copies in the data folder's {@code native/}: what ended processes left is deleted. */
class SqliteLibraryFolderTest {

    /** Above every system's highest process id (Linux's is at most 2^22; Windows' are multiples of 4). */
    private static final long NO_SUCH_PROCESS = Integer.MAX_VALUE;

    @TempDir
    Path nativeFolder;

    private Path processFolderWithCopy(long pid) throws Exception {
        Path folder = Files.createDirectory(SqliteLibraryFolder.ownFolder(nativeFolder, pid));
        Files.writeString(folder.resolve("sqlite-3.54.1.0-1111-libsqlitejdbc.so"), "x");
        Files.writeString(folder.resolve("sqlite-3.54.1.0-1111-libsqlitejdbc.so.lck"), "");
        return folder;
    }

    @Test
    void the_folder_of_a_process_that_ended_and_loose_copies_are_deleted_a_living_ones_and_others_kept()
            throws Exception {
        processFolderWithCopy(NO_SUCH_PROCESS);
        Path living = processFolderWithCopy(ProcessHandle.current().pid());
        Files.writeString(nativeFolder.resolve("sqlite-3.54.1.0-2222-libsqlitejdbc.so"), "x");
        Files.writeString(nativeFolder.resolve("sqlite-3.54.1.0-2222-libsqlitejdbc.so.lck"), "");
        Path notAProcess = Files.createDirectory(nativeFolder.resolve("sqlite-notes"));
        Path hookLibrary = Files.writeString(nativeFolder.resolve("libJNativeHook.so"), "x");

        SqliteLibraryFolder.deleteLeftBehind(nativeFolder);

        try (Stream<Path> left = Files.list(nativeFolder)) {
            assertThat(left).containsExactlyInAnyOrder(living, notAProcess, hookLibrary);
        }
        try (Stream<Path> copy = Files.list(living)) {
            assertThat(copy).hasSize(2);
        }
    }

    @Test
    void at_the_stop_the_process_s_own_folder_is_deleted_with_its_copy() throws Exception {
        Path own = processFolderWithCopy(ProcessHandle.current().pid());

        SqliteLibraryFolder.deleteOwn(own);

        assertThat(own).doesNotExist();
        assertThat(nativeFolder).isDirectory();
    }

    @Test
    void a_stop_before_the_first_connection_has_no_folder_to_delete() {
        Path own = SqliteLibraryFolder.ownFolder(nativeFolder, ProcessHandle.current().pid());

        SqliteLibraryFolder.deleteOwn(own);

        assertThat(own).doesNotExist();
    }

    /** The folder set in {@code org.sqlite.tmpdir} by {@code useForThisProcess}, with the shipped library's properties as given. */
    private static String copyFolderWith(Path nativeFolder, String shippedFolder, String shippedName) throws Exception {
        String tmpdir = System.clearProperty(SqliteLibraryFolder.PROPERTY);
        System.setProperty(SqliteLibraryFolder.SHIPPED_PROPERTY, shippedFolder);
        System.setProperty(SqliteLibraryFolder.SHIPPED_NAME_PROPERTY, shippedName);
        try (AutoCloseable atTheStop = SqliteLibraryFolder.useForThisProcess(nativeFolder)) {
            return System.getProperty(SqliteLibraryFolder.PROPERTY);
        } finally {
            System.clearProperty(SqliteLibraryFolder.SHIPPED_PROPERTY);
            System.clearProperty(SqliteLibraryFolder.SHIPPED_NAME_PROPERTY);
            System.clearProperty(SqliteLibraryFolder.PROPERTY);
            if (tmpdir != null) {
                System.setProperty(SqliteLibraryFolder.PROPERTY, tmpdir);
            }
        }
    }

    @Test
    void a_library_shipped_as_a_file_is_loaded_from_there_and_no_copy_folder_is_set(@TempDir Path app) throws Exception {
        Files.writeString(app.resolve("libsqlitejdbc.so"), "x");

        assertThat(copyFolderWith(nativeFolder, app.toString(), "libsqlitejdbc.so")).isNull();
        assertThat(nativeFolder).isEmptyDirectory();
    }

    @Test
    void a_shipped_library_that_is_missing_keeps_the_copy_in_the_process_s_own_folder(@TempDir Path app)
            throws Exception {
        assertThat(copyFolderWith(nativeFolder, app.toString(), "libsqlitejdbc.so"))
                .isEqualTo(SqliteLibraryFolder.ownFolder(nativeFolder, ProcessHandle.current().pid()).toString());
    }
}
