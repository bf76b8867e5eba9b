package org.unhunch.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.testing.PosixModes.chmod;
import static org.unhunch.testing.PosixModes.giveToAnotherUser;
import static org.unhunch.testing.PosixModes.mode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.files.FileFacts.Kind;
import org.unhunch.files.FileFacts.Owner;
import org.unhunch.testing.PosixModes;

/** The POSIX layer on real files. */
class OwnerOnlyTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        PosixModes.require(folder);
    }

    @Test
    void missing_folders_are_created_700_and_an_existing_one_is_left_as_it_is() throws Exception {
        chmod(folder, 0755);
        OwnerOnly.createFolders(folder.resolve("a/b"));
        assertThat(mode(folder.resolve("a"))).isEqualTo(0700);
        assertThat(mode(folder.resolve("a/b"))).isEqualTo(0700);
        assertThat(mode(folder)).isEqualTo(0755);
    }

    @Test
    void a_file_is_created_600_and_an_existing_one_is_left_as_it_is() throws Exception {
        OwnerOnly.createFileIfAbsent(folder.resolve("new"));
        assertThat(mode(folder.resolve("new"))).isEqualTo(0600);
        Path old = Files.writeString(folder.resolve("old"), "kept", StandardCharsets.UTF_8);
        chmod(old, 0644);
        OwnerOnly.createFileIfAbsent(old);
        assertThat(mode(old)).isEqualTo(0644);
        assertThat(old).hasContent("kept");
    }

    @Test
    void a_symbolic_link_in_place_of_the_file_is_refused_never_followed() throws Exception {
        Path target = folder.resolve("elsewhere");
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling"), target);
        assertThatThrownBy(() -> OwnerOnly.createFileIfAbsent(dangling)).isInstanceOf(UnsafePathException.class)
                .hasMessageContaining(dangling + " is a symbolic link");
        assertThat(target).as("nothing created through the link").doesNotExist();

        Path existing = chmod(Files.writeString(folder.resolve("theirs"), "kept", StandardCharsets.UTF_8), 0644);
        Path link = Files.createSymbolicLink(folder.resolve("link"), existing);
        assertThatThrownBy(() -> OwnerOnly.createFileIfAbsent(link)).isInstanceOf(UnsafePathException.class);
        assertThat(existing).hasContent("kept");
        assertThat(mode(existing)).isEqualTo(0644);
    }

    @Test
    void a_symbolic_link_is_moved_aside_as_a_link_and_what_it_leads_to_is_left_alone() throws Exception {
        Path target = Files.writeString(folder.resolve("target"), "kept", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(folder.resolve("agent.lock"), target);

        Optional<String> said = LinksAside.moveAside(link, Instant.parse("2026-12-02T10:00:00Z"));

        Path aside = folder.resolve("agent.lock.link-20261202T100000Z");
        assertThat(said).hasValueSatisfying(sentence -> assertThat(sentence).contains(link.toString())
                .contains("symbolic link").contains(target.toString()).contains(aside.toString()));
        assertThat(Files.isSymbolicLink(aside)).isTrue();
        assertThat(link).doesNotExist();
        assertThat(target).hasContent("kept");
        assertThat(LinksAside.moveAside(folder.resolve("agent.lock"), Instant.EPOCH)).as("no link, nothing to do")
                .isEmpty();
    }

    @Test
    void facts_say_kind_owner_and_mode_without_following_a_link() throws Exception {
        Path file = chmod(Files.createFile(folder.resolve("file")), 0640);
        assertThat(OwnerOnly.facts(file)).contains(new FileFacts(Kind.FILE, Owner.USER,
                OwnerOnly.facts(file).orElseThrow().groupIsTheUsersOwn(), 0640));
        assertThat(OwnerOnly.facts(folder).orElseThrow().kind()).isEqualTo(Kind.FOLDER);
        Path link = Files.createSymbolicLink(folder.resolve("link"), file);
        assertThat(OwnerOnly.facts(link).orElseThrow().kind()).isEqualTo(Kind.LINK);
        Path sticky = Files.createDirectory(folder.resolve("sticky"));
        assertThat(new ProcessBuilder("chmod", "1777", sticky.toString()).start().waitFor()).isZero();
        assertThat(OwnerOnly.facts(sticky).orElseThrow().octalMode()).as("the sticky bit is read").isEqualTo("1777");
    }

    @Test
    void a_file_given_to_another_user_is_someone_elses() throws Exception {
        Path file = giveToAnotherUser(Files.createFile(folder.resolve("file")));
        assertThat(OwnerOnly.facts(file).orElseThrow().owner()).isEqualTo(Owner.SOMEONE_ELSE);
    }

    @Test
    void a_mode_is_set_on_the_file_itself() throws Exception {
        Path file = chmod(Files.createFile(folder.resolve("file")), 0666);
        OwnerOnly.setMode(file, 0600);
        assertThat(mode(file)).isEqualTo(0600);
        OwnerOnly.setMode(folder, 0700);
        assertThat(mode(folder)).isEqualTo(0700);
    }
}
