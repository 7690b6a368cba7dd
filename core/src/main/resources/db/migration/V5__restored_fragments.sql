-- Lines an editor restored after cleaning cut them; later analyses of the article keep them.
alter table article add column restored_fragments ${text};
