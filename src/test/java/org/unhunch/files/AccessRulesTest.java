package org.unhunch.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unhunch.files.FileFacts.Kind;
import org.unhunch.files.FileFacts.Owner;
import org.unhunch.files.Verdict.Action;

/** The access decisions on made-up owners and modes: no file system, no change of owner needed. */
class AccessRulesTest {

    private static FileFacts folder(Owner owner, int mode) {
        return new FileFacts(Kind.FOLDER, owner, false, mode);
    }

    private static FileFacts file(Owner owner, int mode) {
        return new FileFacts(Kind.FILE, owner, false, mode);
    }

    @Test
    void a_private_folder_open_to_others_is_tightened_to_700_and_one_of_another_user_refused() {
        assertThat(AccessRules.privateFolder(folder(Owner.USER, 0755)))
                .isEqualTo(Verdict.tighten(0700, "was open to other users (mode 755)"));
        assertThat(AccessRules.privateFolder(folder(Owner.USER, 0777)).mode()).isEqualTo(0700);
        assertThat(AccessRules.privateFolder(folder(Owner.USER, 0710)).action()).isEqualTo(Action.TIGHTEN);
        assertThat(AccessRules.privateFolder(folder(Owner.USER, 0700))).isEqualTo(Verdict.keep());
        assertThat(AccessRules.privateFolder(folder(Owner.SOMEONE_ELSE, 0700)))
                .isEqualTo(Verdict.refuse("belongs to another user"));
        assertThat(AccessRules.privateFolder(folder(Owner.ROOT, 0700)).action())
                .as("root's folder is not the user's to keep private data in").isEqualTo(Action.REFUSE);
        assertThat(AccessRules.privateFolder(file(Owner.USER, 0700)))
                .isEqualTo(Verdict.refuse("is not a folder"));
    }

    @Test
    void a_private_file_keeps_its_owners_bits_and_loses_group_and_others() {
        assertThat(AccessRules.privateFile(file(Owner.USER, 0644)))
                .isEqualTo(Verdict.tighten(0600, "was open to other users (mode 644)"));
        assertThat(AccessRules.privateFile(file(Owner.USER, 0666)).mode()).isEqualTo(0600);
        assertThat(AccessRules.privateFile(file(Owner.USER, 0755)).mode()).isEqualTo(0700);
        assertThat(AccessRules.privateFile(file(Owner.USER, 0600))).isEqualTo(Verdict.keep());
        assertThat(AccessRules.privateFile(file(Owner.USER, 0400))).isEqualTo(Verdict.keep());
        assertThat(AccessRules.privateFile(file(Owner.SOMEONE_ELSE, 0644)).action()).isEqualTo(Action.REFUSE);
        assertThat(AccessRules.privateFile(new FileFacts(Kind.LINK, Owner.USER, false, 0777)))
                .as("a link is not followed, nor changed").isEqualTo(Verdict.keep());
    }

    @Test
    void a_folder_code_is_loaded_through_is_trusted_only_if_nobody_else_can_change_it() {
        assertThat(AccessRules.trustedFolder(folder(Owner.ROOT, 0755)).action()).isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedFolder(folder(Owner.USER, 0700)).action()).isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedFolder(folder(Owner.ROOT, 01777)).action())
                .as("/tmp: others may add entries, not rename or remove ours").isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedFolder(folder(Owner.USER, 0777)))
                .isEqualTo(Verdict.refuse("can be changed by other users (mode 777)"));
        assertThat(AccessRules.trustedFolder(folder(Owner.ROOT, 0757)).action()).isEqualTo(Action.REFUSE);
        assertThat(AccessRules.trustedFolder(folder(Owner.SOMEONE_ELSE, 0755)))
                .isEqualTo(Verdict.refuse("belongs to another user"));
        assertThat(AccessRules.trustedFolder(new FileFacts(Kind.LINK, Owner.USER, false, 0777)).action())
                .isEqualTo(Action.REFUSE);
    }

    @Test
    void a_group_writable_folder_is_trusted_only_when_the_group_is_the_users_own() {
        assertThat(AccessRules.trustedFolder(new FileFacts(Kind.FOLDER, Owner.USER, true, 0775)).action())
                .as("umask 002 with a user private group (Fedora, Debian)").isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedFolder(new FileFacts(Kind.FOLDER, Owner.USER, false, 0775)))
                .isEqualTo(Verdict.refuse("can be changed by the members of its group (mode 775)"));
        assertThat(AccessRules.trustedFolder(new FileFacts(Kind.FOLDER, Owner.ROOT, false, 02775)).action())
                .as("a shared folder on a server (setgid, group write)").isEqualTo(Action.REFUSE);
    }

    @Test
    void a_library_is_trusted_only_if_nobody_else_can_write_it() {
        assertThat(AccessRules.trustedLibrary(file(Owner.USER, 0500), false).action()).isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedLibrary(file(Owner.USER, 0644), false).action()).isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedLibrary(file(Owner.USER, 0666), false))
                .isEqualTo(Verdict.refuse("can be written by other users (mode 666)"));
        assertThat(AccessRules.trustedLibrary(file(Owner.USER, 0664), false).action()).isEqualTo(Action.REFUSE);
        assertThat(AccessRules.trustedLibrary(file(Owner.SOMEONE_ELSE, 0500), true).action()).isEqualTo(Action.REFUSE);
        assertThat(AccessRules.trustedLibrary(file(Owner.ROOT, 0644), true).action())
                .as("shipped by an installer").isEqualTo(Action.KEEP);
        assertThat(AccessRules.trustedLibrary(file(Owner.ROOT, 0644), false).action())
                .as("in the user's own folder, only the user's copy").isEqualTo(Action.REFUSE);
        assertThat(AccessRules.trustedLibrary(new FileFacts(Kind.LINK, Owner.USER, false, 0777), false))
                .isEqualTo(Verdict.refuse("is not a regular file"));
    }

    @Test
    void the_chain_is_refused_at_the_first_folder_someone_else_can_change() {
        Map<Path, FileFacts> facts = Map.of(
                Path.of("/"), folder(Owner.ROOT, 0755),
                Path.of("/srv"), folder(Owner.ROOT, 0755),
                Path.of("/srv/shared"), new FileFacts(Kind.FOLDER, Owner.ROOT, false, 02775),
                Path.of("/srv/shared/ann"), folder(Owner.USER, 0700),
                Path.of("/srv/shared/ann/native"), folder(Owner.USER, 0700));
        assertThatThrownBy(() -> AccessRules.requireTrustedChain(Path.of("/srv/shared/ann/native"),
                path -> Optional.ofNullable(facts.get(path))))
                .isInstanceOf(UnsafePathException.class)
                .hasMessage("/srv/shared can be changed by the members of its group (mode 2775)");
    }

    @Test
    void a_chain_of_the_users_and_roots_folders_is_trusted() {
        Map<Path, FileFacts> facts = Map.of(
                Path.of("/"), folder(Owner.ROOT, 0755),
                Path.of("/tmp"), folder(Owner.ROOT, 01777),
                Path.of("/tmp/ann"), new FileFacts(Kind.FOLDER, Owner.USER, true, 0775),
                Path.of("/tmp/ann/native"), folder(Owner.USER, 0700));
        assertThatCode(() -> AccessRules.requireTrustedChain(Path.of("/tmp/ann/native"),
                path -> Optional.of(facts.get(path)))).doesNotThrowAnyException();
    }

    @Test
    void where_the_file_system_has_no_owners_and_modes_nothing_is_checked() {
        List<Path> asked = new ArrayList<>();
        assertThatCode(() -> AccessRules.requireTrustedChain(Path.of("/a/b/native"), path -> {
            asked.add(path);
            return Optional.empty();
        })).doesNotThrowAnyException();
        assertThat(asked).containsExactly(Path.of("/a/b/native"));
    }
}
